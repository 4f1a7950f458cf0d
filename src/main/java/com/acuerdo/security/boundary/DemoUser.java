package com.acuerdo.security.boundary;

import com.acuerdo.security.entity.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** One user of the demo department (see {@link DemoUsers#ALL}). */
public record DemoUser(String username, String displayName, Set<Role> roles, ZoneId timeZone, Locale locale) {

    public boolean is(Role role) {
        return roles.contains(role);
    }
}

package com.acuerdo.security.boundary;

import com.acuerdo.security.entity.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** What an admin gives to create a user. */
public record NewUser(
        String username, String displayName, String password, Set<Role> roles, Locale locale, ZoneId timeZone) {}

package com.acuerdo.security.boundary;

import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccount;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** A user as screens and other capabilities see it (no hash). */
public record UserView(
        Long id,
        String username,
        String displayName,
        Set<Role> roles,
        Locale locale,
        ZoneId timeZone,
        boolean active,
        Instant lockedUntil)
        implements Serializable {

    static UserView of(UserAccount user) {
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles(),
                user.preferredLocale(),
                user.timeZone(),
                user.isActive(),
                user.lockedUntil().orElse(null));
    }
}

package com.acuerdo.security.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lockout rule remembers about a user: the failed logins still inside the window, oldest
 * first, and the moment a lock ends (none when not locked).
 */
public record LoginState(List<Instant> recentFailures, Optional<Instant> lockedUntil) {

    public static final LoginState CLEAN = new LoginState(List.of(), Optional.empty());

    public LoginState {
        recentFailures = List.copyOf(Objects.requireNonNull(recentFailures));
        Objects.requireNonNull(lockedUntil);
    }
}

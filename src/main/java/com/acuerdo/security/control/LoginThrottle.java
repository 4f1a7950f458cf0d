package com.acuerdo.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lockout rule: {@code maxFailures} failed logins within {@code window} (a sliding window,
 * both ends included) lock the user for {@code lockFor}. Attempts during a lock neither count nor
 * extend it; a successful login forgets earlier failures.
 */
public record LoginThrottle(int maxFailures, Duration window, Duration lockFor) {

    /** 5 failures within 15 minutes lock the user for 15 minutes. */
    public static final LoginThrottle STANDARD = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LoginThrottle {
        if (maxFailures < 1 || window.isNegative() || lockFor.isNegative()) {
            throw new IllegalArgumentException("invalid lockout rule");
        }
    }

    public boolean isLocked(LoginState state, Instant at) {
        return state.lockedUntil().filter(at::isBefore).isPresent();
    }

    /** The state after a failed login at {@code at}. */
    public LoginState afterFailure(LoginState state, Instant at) {
        if (isLocked(state, at)) {
            return state;
        }
        var windowStart = at.minus(window);
        var failures = new ArrayList<Instant>();
        for (var failure : state.recentFailures()) {
            if (!failure.isBefore(windowStart)) {
                failures.add(failure);
            }
        }
        failures.add(at);
        if (failures.size() >= maxFailures) {
            return new LoginState(List.of(), Optional.of(at.plus(lockFor)));
        }
        return new LoginState(failures, Optional.empty());
    }

    /** A successful login clears the failures (it can only happen while not locked). */
    public LoginState afterSuccess(LoginState state) {
        return LoginState.CLEAN;
    }
}

package com.acuerdo.security.boundary;

import static com.acuerdo.security.entity.SecurityEvent.LOCKED_OUT;
import static com.acuerdo.security.entity.SecurityEvent.LOGIN_FAILED;
import static com.acuerdo.security.entity.SecurityEvent.USER;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.boundary.LoginOutcome.Result;
import com.acuerdo.security.control.LoginThrottle;
import com.acuerdo.security.entity.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Checks a username and password with the lockout rule. Runs before anyone is signed in, hence
 * {@code @PermitAll}. The failure count is committed with this transaction; the audit of failures is
 * committed on its own, whatever happens to the caller's request.
 */
@Stateless
@PermitAll
public class Logins {

    @Inject
    UserAccountRepository users;

    @Inject
    Passwords passwords;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    LoginThrottle throttle = LoginThrottle.STANDARD;

    public LoginOutcome attempt(String username, String password) {
        var now = Instant.now(clock);
        var found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwords.spendVerificationTime(password);
            audit.recordRegardless(actor(username), LOGIN_FAILED, USER, username, "unknown user");
            return new LoginOutcome(Result.INVALID, username, Set.of());
        }
        var user = found.get();
        if (user.isLockedAt(throttle, now)) {
            audit.recordRegardless(user.username(), LOGIN_FAILED, USER, user.username(), "locked");
            return new LoginOutcome(Result.LOCKED, username, Set.of());
        }
        if (!passwords.matches(password, user.passwordHash()) || !user.isActive()) {
            boolean lockedNow = user.recordFailedLogin(throttle, now);
            audit.recordRegardless(
                    user.username(),
                    LOGIN_FAILED,
                    USER,
                    user.username(),
                    user.isActive() ? "wrong password" : "inactive");
            if (lockedNow) {
                audit.recordRegardless(
                        user.username(),
                        LOCKED_OUT,
                        USER,
                        user.username(),
                        "locked until " + user.lockedUntil().orElseThrow());
                return new LoginOutcome(Result.LOCKED, username, Set.of());
            }
            return new LoginOutcome(Result.INVALID, username, Set.of());
        }
        user.recordSuccessfulLogin(throttle);
        return new LoginOutcome(Result.SUCCESS, user.username(), user.roles());
    }

    public boolean isLocked(String username) {
        var now = Instant.now(clock);
        return users.findByUsername(username)
                .map(user -> user.isLockedAt(throttle, now))
                .orElse(false);
    }

    private static String actor(String username) {
        return username == null || username.isBlank() ? "anonymous" : username;
    }
}

package com.acuerdo.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.security.control.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");
    private static final LoginThrottle RULE = LoginThrottle.STANDARD;

    private static UserAccount agent() {
        return new UserAccount(
                "agent01",
                "Andrés Gómez",
                "hash",
                Set.of(Role.AGENT),
                Locale.forLanguageTag("es"),
                ZoneId.of("America/Bogota"),
                T0);
    }

    @Test
    void the_fifth_failure_reports_the_lock_and_the_user_stays_locked() {
        var user = agent();
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(RULE, T0.plusSeconds(i * 60L))).isFalse();
        }
        assertThat(user.recordFailedLogin(RULE, T0.plusSeconds(240))).isTrue();
        assertThat(user.isLockedAt(RULE, T0.plusSeconds(300))).isTrue();
        assertThat(user.lockedUntil()).contains(T0.plusSeconds(240).plus(Duration.ofMinutes(15)));
    }

    @Test
    void failures_survive_the_round_trip_through_their_column() {
        var user = agent();
        user.recordFailedLogin(RULE, T0);
        user.recordFailedLogin(RULE, T0.plusSeconds(1));
        user.recordFailedLogin(RULE, T0.plusSeconds(2));
        user.recordFailedLogin(RULE, T0.plusSeconds(3));
        assertThat(user.isLockedAt(RULE, T0.plusSeconds(3))).isFalse();
        assertThat(user.recordFailedLogin(RULE, T0.plusSeconds(4))).isTrue();
    }

    @Test
    void a_success_resets_the_failures() {
        var user = agent();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(RULE, T0.plusSeconds(i));
        }
        user.recordSuccessfulLogin(RULE);
        assertThat(user.recordFailedLogin(RULE, T0.plusSeconds(10))).isFalse();
    }

    @Test
    void an_admin_can_lift_a_lock() {
        var user = agent();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(RULE, T0.plusSeconds(i));
        }
        user.unlock();
        assertThat(user.isLockedAt(RULE, T0.plusSeconds(10))).isFalse();
    }

    @Test
    void a_username_is_lower_case_without_spaces() {
        assertThatThrownBy(() ->
                        new UserAccount("Agent 01", "X", "h", Set.of(Role.AGENT), Locale.ROOT, ZoneId.of("UTC"), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_user_needs_a_role() {
        assertThatThrownBy(() -> new UserAccount("x1", "X", "h", Set.of(), Locale.ROOT, ZoneId.of("UTC"), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package com.acuerdo.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");
    private final LoginThrottle rule = LoginThrottle.STANDARD;

    /** Failures at the given offsets (m:ss after T0), returned with the state after the last. */
    private LoginState failAt(String... offsets) {
        var state = LoginState.CLEAN;
        for (var offset : offsets) {
            state = rule.afterFailure(state, at(offset));
        }
        return state;
    }

    private static Instant at(String offset) {
        var parts = offset.split(":");
        return T0.plus(Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    @Test
    void four_failures_do_not_lock() {
        var state = failAt("0:00", "1:00", "2:00", "3:00");
        assertThat(rule.isLocked(state, at("3:00"))).isFalse();
        assertThat(state.recentFailures()).hasSize(4);
    }

    @ParameterizedTest(name = "5th failure {0} after the 1st: locked = {1}")
    @CsvSource({"14:59, true", "15:00, true", "15:01, false"})
    void the_fifth_failure_locks_only_within_fifteen_minutes_of_the_first(String fifth, boolean locked) {
        var state = failAt("0:00", "1:00", "2:00", "3:00", fifth);
        assertThat(rule.isLocked(state, at(fifth))).isEqualTo(locked);
    }

    @Test
    void the_window_slides_the_failures_still_inside_it_count() {
        // 0:00 drops out at 15:01, but 1:00..3:00, 15:01 and 15:02 are five within 15 minutes.
        var state = failAt("0:00", "1:00", "2:00", "3:00", "15:01", "15:02");
        assertThat(rule.isLocked(state, at("15:02"))).isTrue();
    }

    @ParameterizedTest(name = "{0} after the locking failure: locked = {1}")
    @CsvSource({"0:00, true", "14:59, true", "15:00, false", "30:00, false"})
    void a_lock_lasts_fifteen_minutes(String afterLock, boolean locked) {
        var state = failAt("0:00", "0:10", "0:20", "0:30", "0:40");
        var when = at("0:40").plus(Duration.between(T0, at(afterLock)));
        assertThat(rule.isLocked(state, when)).isEqualTo(locked);
    }

    @Test
    void attempts_during_a_lock_neither_count_nor_extend_it() {
        var locked = failAt("0:00", "0:10", "0:20", "0:30", "0:40");
        var afterMore = rule.afterFailure(rule.afterFailure(locked, at("5:00")), at("10:00"));
        assertThat(afterMore).isEqualTo(locked);
        assertThat(rule.isLocked(afterMore, at("15:40"))).isFalse();
    }

    @Test
    void after_a_lock_ends_the_user_has_five_fresh_attempts() {
        var state = failAt("0:00", "0:10", "0:20", "0:30", "0:40", "16:00", "16:10", "16:20", "16:30");
        assertThat(rule.isLocked(state, at("16:30"))).isFalse();
        assertThat(rule.isLocked(rule.afterFailure(state, at("16:40")), at("16:40")))
                .isTrue();
    }

    @Test
    void a_success_forgets_earlier_failures() {
        var state = rule.afterSuccess(failAt("0:00", "1:00", "2:00", "3:00"));
        assertThat(state).isEqualTo(LoginState.CLEAN);
        assertThat(rule.isLocked(rule.afterFailure(state, at("4:00")), at("4:00")))
                .isFalse();
    }

    @Test
    void a_clean_state_is_not_locked() {
        assertThat(rule.isLocked(new LoginState(java.util.List.of(), Optional.empty()), T0))
                .isFalse();
    }
}

package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");

    @ParameterizedTest(name = "after failure {0}: wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 300", "40, 300"})
    void the_delay_doubles_up_to_its_ceiling(int failures, long seconds) {
        assertThat(BACKOFF.delayAfter(failures)).hasSeconds(seconds);
    }

    @Test
    void the_next_attempt_is_the_delay_after_the_failure() {
        assertThat(BACKOFF.nextAttemptAfter(2, NOW)).contains(NOW.plusSeconds(60));
    }

    @Test
    void no_attempt_after_the_last() {
        assertThat(BACKOFF.nextAttemptAfter(5, NOW)).isPresent();
        assertThat(BACKOFF.nextAttemptAfter(6, NOW)).isEmpty();
    }

    @Test
    void the_defaults_keep_trying_for_hours_not_days() {
        var total = Duration.ZERO;
        for (int failure = 1; failure < Backoff.DEFAULT.maxAttempts(); failure++) {
            total = total.plus(Backoff.DEFAULT.delayAfter(failure));
        }
        assertThat(total).isBetween(Duration.ofHours(1), Duration.ofHours(6));
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

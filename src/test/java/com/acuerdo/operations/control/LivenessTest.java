package com.acuerdo.operations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LivenessTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private final Liveness liveness = new Liveness(Duration.ofSeconds(15), Duration.ofSeconds(60));

    @ParameterizedTest(name = "last beat {0} s ago: alive {1}")
    @CsvSource({"0, true", "15, true", "59, true", "60, true", "61, false", "3600, false", "-5, true"})
    void aServerIsAliveUntilItsLastBeatIsOlderThanTheLimit(long secondsAgo, boolean alive) {
        assertThat(liveness.isAlive(NOW.minusSeconds(secondsAgo), NOW)).isEqualTo(alive);
    }

    @org.junit.jupiter.api.Test
    void aServerThatNeverBeatIsNotAlive() {
        assertThat(liveness.isAlive(null, NOW)).isFalse();
    }

    @ParameterizedTest(name = "beat {0} s, lost after {1} s refused")
    @CsvSource({"0, 60", "-1, 60", "15, 29", "15, 0"})
    void theLimitLeavesRoomForMissedBeats(long beat, long lostAfter) {
        assertThatThrownBy(() -> new Liveness(Duration.ofSeconds(beat), Duration.ofSeconds(lostAfter)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

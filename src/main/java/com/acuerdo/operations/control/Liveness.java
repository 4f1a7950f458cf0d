package com.acuerdo.operations.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a server counts as gone: it beats every {@code beat}; a server whose last beat is older than
 * {@code lostAfter} is taken for dead. {@code lostAfter} must leave room for a few missed beats (a
 * long pause of the JVM or the database), or a slow server would look dead while it still runs.
 */
public record Liveness(Duration beat, Duration lostAfter) {

    public Liveness {
        Objects.requireNonNull(beat, "beat");
        Objects.requireNonNull(lostAfter, "lostAfter");
        if (beat.isNegative() || beat.isZero()) {
            throw new IllegalArgumentException("the beat must be positive: " + beat);
        }
        if (lostAfter.compareTo(beat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "a server is lost after at least two beats: beat " + beat + ", lost after " + lostAfter);
        }
    }

    /** @param lastBeat the server's last beat, or null when it never beat (unknown server) */
    public boolean isAlive(Instant lastBeat, Instant now) {
        return lastBeat != null && !lastBeat.plus(lostAfter).isBefore(now);
    }
}

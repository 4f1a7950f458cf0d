package com.acuerdo.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed delivery again: the first delay, doubled after each further failure up to a
 * ceiling, for at most {@code maxAttempts} attempts in all.
 */
public record Backoff(Duration firstDelay, Duration longestDelay, int maxAttempts) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    public Backoff {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("the first delay must be positive");
        }
        if (longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the longest delay is shorter than the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure: first, 2×first, 4×first … capped. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no failure yet");
        }
        var delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** The moment of the next attempt, or empty when {@code attemptsMade} used them all. */
    public Optional<Instant> nextAttemptAfter(int attemptsMade, Instant failedAt) {
        return attemptsMade >= maxAttempts ? Optional.empty() : Optional.of(failedAt.plus(delayAfter(attemptsMade)));
    }
}

package com.acuerdo.aging.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of dates in which days past due do not grow (an open dispute, an approved hardship
 * pause). Both ends inclusive; an open period ({@code until} empty) lasts until it is lifted.
 */
public record PausePeriod(LocalDate from, Optional<LocalDate> until) {

    public PausePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException(
                    "a pause cannot end (" + until.get() + ") before it starts (" + from + ")");
        }
    }

    public static PausePeriod between(LocalDate from, LocalDate until) {
        return new PausePeriod(from, Optional.of(until));
    }

    public static PausePeriod openFrom(LocalDate from) {
        return new PausePeriod(from, Optional.empty());
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && until.map(end -> !date.isAfter(end)).orElse(true);
    }
}

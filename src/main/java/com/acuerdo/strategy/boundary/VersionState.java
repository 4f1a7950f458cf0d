package com.acuerdo.strategy.boundary;

import java.time.LocalDate;

/** Where a configuration row stands on the business date. */
public enum VersionState {
    /** Starts on a later date. */
    SCHEDULED,
    /** The version in force today. */
    IN_FORCE,
    /** Replaced by a later version already in force. */
    SUPERSEDED;

    static VersionState of(LocalDate from, LocalDate inForceFrom, LocalDate today) {
        if (from.isAfter(today)) {
            return SCHEDULED;
        }
        return from.equals(inForceFrom) ? IN_FORCE : SUPERSEDED;
    }
}

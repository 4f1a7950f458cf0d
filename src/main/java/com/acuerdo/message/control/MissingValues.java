package com.acuerdo.message.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A template needs values the case does not have (e.g. a promise confirmation without a promise). */
@ApplicationException(rollback = true)
public class MissingValues extends RuntimeException {

    private final List<String> names;

    public MissingValues(List<String> names) {
        super("no value for " + names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one missing value");
        }
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}

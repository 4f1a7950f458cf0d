package com.acuerdo.contact.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * What a caller of the contact boundaries can get wrong or run into; each kind is mapped once to a
 * JSON error (REST) and, later, to a message (screens). Nothing the call did is kept.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ContactProblem extends RuntimeException {

    protected ContactProblem(String message) {
        super(message);
    }

    /** The reasons to show, one per line. */
    public List<String> reasons() {
        return List.of(getMessage());
    }
}

package com.acuerdo.platform.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the domain refuses, with every reason. The kind says which way it is wrong; the API
 * maps it once (400, 404, 409, 422) and screens localise the reasons' codes.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    public enum Kind {
        /** The request cannot be read (missing field, wrong type): 400. */
        MALFORMED,
        /** What it names does not exist: 404. */
        NOT_FOUND,
        /** The current state forbids it, or someone changed it meanwhile: 409. */
        CONFLICT,
        /** Readable, but its business values break a rule: 422. */
        INVALID
    }

    private final Kind kind;
    private final List<Reason> reasons;

    public Refusal(Kind kind, List<Reason> reasons) {
        super(kind + ": " + reasons.stream().map(Reason::text).collect(Collectors.joining("; ")));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one reason");
        }
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    public Refusal(Kind kind, Reason reason) {
        this(kind, List.of(reason));
    }

    public Kind kind() {
        return kind;
    }

    public List<Reason> reasons() {
        return reasons;
    }
}

package com.acuerdo.security.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not touch this row (e.g. another agent's case). Shown as the 403 page on screens
 * and as a 403 JSON error on the API.
 */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

    public Forbidden(String what) {
        super(what);
    }
}

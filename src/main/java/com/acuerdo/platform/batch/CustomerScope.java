package com.acuerdo.platform.batch;

import java.io.Serializable;

/**
 * The clients a job run covers: all by default; the job parameters {@code firstCustomerId} and
 * {@code lastCustomerId} narrow it to a slice (an operator re-running part of the night, a test that
 * must touch only its own clients in a shared database).
 */
public record CustomerScope(long first, long last) implements Serializable {

    public static final CustomerScope ALL = new CustomerScope(Long.MIN_VALUE, Long.MAX_VALUE);

    public static CustomerScope of(String first, String last) {
        return new CustomerScope(
                first == null || first.isBlank() ? Long.MIN_VALUE : Long.parseLong(first.trim()),
                last == null || last.isBlank() ? Long.MAX_VALUE : Long.parseLong(last.trim()));
    }
}

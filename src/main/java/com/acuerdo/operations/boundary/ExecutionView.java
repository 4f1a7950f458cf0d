package com.acuerdo.operations.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A job execution with its counts (summed over its steps) and its steps. {@code lost}: the repository
 * says it runs, but the server that ran it is gone (it can be restarted). {@code superseded}: a later
 * execution of the same job instance exists (a restart), so this one can no longer be restarted.
 */
public record ExecutionView(
        long executionId,
        long instanceId,
        String jobName,
        String status,
        boolean lost,
        String exitStatus,
        Instant start,
        Instant end,
        long read,
        long written,
        long skipped,
        List<Step> steps,
        boolean superseded) {

    public record Step(
            String name,
            String status,
            String exitStatus,
            Instant start,
            Instant end,
            long read,
            long written,
            long skipped) {}

    public boolean running() {
        return !lost && (status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING"));
    }

    public boolean restartable() {
        return !superseded && (lost || status.equals("STOPPED") || status.equals("FAILED"));
    }
}

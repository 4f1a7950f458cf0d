package com.acuerdo.operations.api;

import com.acuerdo.operations.boundary.ExecutionView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of GET /jobs/executions/{id}; status names are Jakarta Batch's. */
@Schema(name = "JobExecution", description = "A Jakarta Batch job execution with its counts and steps.")
@JsonbNillable
public record ExecutionBody(
        long executionId,
        String jobName,
        @Schema(enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"})
                String status,
        @Schema(description = "true when the status says it runs but the server that ran it is gone: restart it")
                boolean serverLost,
        long read,
        long written,
        long skipped,
        @Schema(description = "ISO-8601, UTC", nullable = true) Instant start,
        @Schema(description = "ISO-8601, UTC", nullable = true) Instant end,
        String exitStatus,
        List<StepBody> steps) {

    @Schema(name = "JobStep")
    @JsonbNillable
    public record StepBody(
            String name,
            String status,
            long read,
            long written,
            long skipped,
            Instant start,
            Instant end,
            String exitStatus) {}

    static ExecutionBody of(ExecutionView view) {
        return new ExecutionBody(
                view.executionId(),
                view.jobName(),
                view.status(),
                view.lost(),
                view.read(),
                view.written(),
                view.skipped(),
                view.start(),
                view.end(),
                view.exitStatus(),
                view.steps().stream()
                        .map(s -> new StepBody(
                                s.name(),
                                s.status(),
                                s.read(),
                                s.written(),
                                s.skipped(),
                                s.start(),
                                s.end(),
                                s.exitStatus()))
                        .toList());
    }
}

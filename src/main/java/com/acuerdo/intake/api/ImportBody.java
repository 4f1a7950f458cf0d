package com.acuerdo.intake.api;

import com.acuerdo.intake.boundary.ImportStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of GET /imports/{executionId}; the names are the integration contract's. */
@Schema(name = "Import", description = "Where an import of a core-bank file stands.")
public record ImportBody(
        @Schema(enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"})
                String status,
        @Schema(description = "Data rows read (the header not counted).") long read,
        @Schema(description = "Rows that landed: inserted, updated or already there unchanged.") long accepted,
        @Schema(description = "Rows refused, each listed in rejects (a refused file counts as one).") long rejected,
        List<Reject> rejects) {

    @Schema(name = "ImportReject")
    public record Reject(
            @Schema(description = "The line in the file; the header is line 1.") long line, String reason) {}

    static ImportBody of(ImportStatus status) {
        return new ImportBody(
                status.status(),
                status.read(),
                status.accepted(),
                status.rejected(),
                status.rejects().stream()
                        .map(r -> new Reject(r.line(), r.reason()))
                        .toList());
    }

    /** The answer of POST /imports/{kind} and POST /jobs/{jobName}. */
    @Schema(name = "Execution")
    public record Started(@Schema(description = "The Jakarta Batch job execution id.") long executionId) {}
}

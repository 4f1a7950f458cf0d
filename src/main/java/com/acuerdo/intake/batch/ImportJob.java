package com.acuerdo.intake.batch;

import com.acuerdo.intake.entity.ImportKind;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The parameters of an import job: which import run it works for. */
public final class ImportJob {

    public static final String IMPORT_ID = "importId";

    /** Rows per chunk (commit and checkpoint) where the job XML reads it; absent: the XML's default. */
    public static final String CHUNK_SIZE = "chunkSize";

    /**
     * A payments chunk on PostgreSQL: fewer, larger commits and bulk statements (COPY); H2 keeps the
     * XML's 5,000.
     */
    public static final int POSTGRES_PAYMENTS_CHUNK = 20_000;

    private ImportJob() {}

    public static Properties parameters(long importId) {
        var parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importId));
        return parameters;
    }

    /** The parameters of a payments import on PostgreSQL: its larger chunks. */
    public static Properties parameters(long importId, int chunkSize) {
        var parameters = parameters(importId);
        parameters.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        return parameters;
    }

    static long importId(JobContext job) {
        var parameters = jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return Long.parseLong(parameters.getProperty(IMPORT_ID));
    }

    static ImportKind kind(JobContext job) {
        return ImportKind.ofJobName(job.getJobName())
                .orElseThrow(() -> new IllegalStateException("not an import job: " + job.getJobName()));
    }
}

package com.acuerdo.intake.batch;

import com.acuerdo.intake.entity.ImportKind;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The parameters of an import job: which import run it works for. */
public final class ImportJob {

    public static final String IMPORT_ID = "importId";

    private ImportJob() {}

    public static Properties parameters(long importId) {
        var parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importId));
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

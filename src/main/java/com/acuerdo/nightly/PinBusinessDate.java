package com.acuerdo.nightly;

import com.acuerdo.platform.batch.JobDate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The chain's first step: pins the night's business date for the job instance (see {@link JobDate}). */
@Dependent
@Named("pinBusinessDate")
public class PinBusinessDate extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Override
    public String process() {
        return jobDate.of(job).toString();
    }
}

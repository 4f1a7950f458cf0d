package com.acuerdo.nightly;

import com.acuerdo.platform.batch.JobDate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The chain's last step: the business date moves on, at most once per night. */
@Dependent
@Named("advanceBusinessDate")
public class AdvanceBusinessDate extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    NightlyRuns runs;

    @Override
    public String process() {
        var date = jobDate.of(job);
        // Claimed in a transaction of its own: a chain started by hand claims the night here.
        runs.claim(date, "job " + job.getExecutionId());
        return runs.advanceOnce(date) ? "ADVANCED" : "ALREADY_ADVANCED";
    }
}

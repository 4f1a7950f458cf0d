package com.acuerdo.intake.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The payments import's last step: decides the staged rows and posts them part by part
 * ({@link StagedPosting}). Killed or failed, a restart continues where the commits stopped.
 */
@Dependent
@Named("paymentPost")
public class PaymentPost extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    StagedPosting posting;

    @Override
    public String process() throws Exception {
        return "POSTED " + posting.post(ImportJob.importId(job)) + " payments";
    }
}

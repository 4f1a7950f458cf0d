package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.FileRefused;
import com.acuerdo.intake.entity.ImportLedger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The payments import's second step: every row of the checked file, with its own verdict, into the
 * run's stage table in one transaction (see {@link StagedPayments#stageAll}). Nothing is posted yet;
 * a restart stages the file again from the start.
 */
@Dependent
@Named("paymentStage")
public class PaymentStage extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    PaymentPostings postings;

    @Inject
    ImportLedger ledger;

    @Override
    public String process() throws Exception {
        long importId = ImportJob.importId(job);
        try {
            return "STAGED " + postings.stage(importId) + " rows";
        } catch (EJBException e) {
            if (e.getCause() instanceof FileRefused refused) {
                // Changed since the check step read it: refused as a whole, nothing staged.
                ledger.refuse(importId, refused.line(), refused.reason(), null);
                job.setExitStatus(ImportCheck.INVALID_FILE);
                return ImportCheck.INVALID_FILE;
            }
            throw e;
        }
    }
}

package com.acuerdo.casework.batch;

import com.acuerdo.platform.batch.JobDate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After escalation: the night's files for the core bank (changed conditions, charge-off candidates). */
@Dependent
@Named("exportConditions")
public class ExportConditions extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    CoreBankExports exports;

    @Override
    public String process() throws Exception {
        var date = jobDate.of(job);
        exports.writeRestrictions(date);
        exports.writeChargeOffCandidates(date);
        return "EXPORTED";
    }
}

package com.acuerdo.assignment.batch;

import com.acuerdo.assignment.boundary.CaseAssignments;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.batch.JobDate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The assignment step of the nightly chain and of aging, right after the cases are aged: returns,
 * covers and assigns in one transaction of the {@link CaseAssignments} service. A restart runs it
 * again; what is done is not found again, so nothing moves twice.
 */
@Dependent
@Named("assignCases")
public class AssignCases extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    CaseAssignments assignments;

    @Inject
    @BatchProperty
    String firstCustomerId;

    @Inject
    @BatchProperty
    String lastCustomerId;

    @Override
    public String process() {
        var counts = assignments.night(jobDate.of(job), CustomerScope.of(firstCustomerId, lastCustomerId));
        return "returned=" + counts.returned() + " covered=" + counts.covered() + " assigned=" + counts.assigned()
                + " unplaced=" + counts.unplaced();
    }
}

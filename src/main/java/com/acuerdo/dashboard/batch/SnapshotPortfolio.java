package com.acuerdo.dashboard.batch;

import com.acuerdo.dashboard.boundary.AccountDays;
import com.acuerdo.dashboard.boundary.PortfolioSnapshots;
import com.acuerdo.dashboard.control.FactDays;
import com.acuerdo.platform.batch.JobDate;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The nightly chain's step "portfolio-snapshot" (after the night's aging, follow-up and escalation):
 * the dashboard's pre-aggregated portfolio of the night's business date, and the per-account facts of
 * the day the night moves to ({@link AccountDays}). Replaces those days' rows, so a restart simply takes
 * them again. Skipped when the chain runs over a range of clients.
 */
@Dependent
@Named("snapshotPortfolio")
public class SnapshotPortfolio extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    PortfolioSnapshots snapshots;

    @Inject
    AccountDays accountDays;

    @Inject
    @BatchProperty
    String firstCustomerId;

    @Inject
    @BatchProperty
    String lastCustomerId;

    @Override
    public String process() {
        if (present(firstCustomerId) || present(lastCustomerId)) {
            // A run over a range of clients (a test, a partial rerun): the snapshot is of whole teams.
            return "SKIPPED (customer range)";
        }
        var night = jobDate.of(job);
        int rows = snapshots.take(night);
        // The facts of the day the night moves to, so tomorrow's dashboard reads them (FactDays).
        int facts = accountDays.take(FactDays.dayAfter(night));
        return "SNAPSHOT " + rows + " rows, FACTS " + facts + " accounts";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

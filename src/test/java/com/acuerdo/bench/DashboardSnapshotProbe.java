package com.acuerdo.bench;

import com.acuerdo.dashboard.boundary.AccountDays;
import com.acuerdo.dashboard.boundary.PortfolioSnapshots;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * TEST ONLY (DashboardBench's archive): takes the nightly portfolio snapshot of the business date over
 * the whole database, and the day facts of the period's two ends, as the nightly step does, and answers
 * how long each took (each its own transaction).
 */
@Stateless
@Path("test-bench/dashboard-snapshot")
@RolesAllowed(Role.Names.SUPERVISOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardSnapshotProbe {

    @Inject
    PortfolioSnapshots snapshots;

    @Inject
    AccountDays accountDays;

    @Inject
    BusinessCalendar calendar;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String snapshot() {
        var day = calendar.today();
        long started = System.nanoTime();
        int rows = snapshots.take(day);
        double snapshot = (System.nanoTime() - started) / 1e9;
        // The per-account day facts: of the period's first day (as that night took them), then of the
        // business date (timed: what the nightly step adds).
        started = System.nanoTime();
        int back = accountDays.take(day.minusDays(30));
        double backSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        int facts = accountDays.take(day);
        double factsSeconds = (System.nanoTime() - started) / 1e9;
        return String.format(
                "nightly portfolio snapshot of %s: %,d rows in %.2f s (set-based, all teams); day facts of %s:"
                        + " %,d accounts in %.2f s (of %s: %,d accounts in %.2f s); nightly step in all %.2f s",
                day,
                rows,
                snapshot,
                day,
                facts,
                factsSeconds,
                day.minusDays(30),
                back,
                backSeconds,
                snapshot + factsSeconds);
    }
}

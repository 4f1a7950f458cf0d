package com.acuerdo.bench;

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
 * the whole database, as the nightly step does, and answers how long it took (its own transaction).
 */
@Stateless
@Path("test-bench/dashboard-snapshot")
@RolesAllowed(Role.Names.SUPERVISOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardSnapshotProbe {

    @Inject
    PortfolioSnapshots snapshots;

    @Inject
    BusinessCalendar calendar;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String snapshot() {
        var day = calendar.today();
        long started = System.nanoTime();
        int rows = snapshots.take(day);
        return String.format(
                "nightly portfolio snapshot of %s: %,d rows in %.2f s (set-based, all teams)",
                day, rows, (System.nanoTime() - started) / 1e9);
    }
}

package com.acuerdo.dashboard.boundary;

import com.acuerdo.dashboard.control.FactDays;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes the dashboard's per-account facts of one day (tables {@code dashboard_account_day} and
 * {@code dashboard_fact_day}, see {@link FactDays}) in one set-based statement per table: the accounts of
 * every case with a team that is open or closed in the last {@link FactDays#WINDOW_DAYS} + 1 days. The
 * bucket is computed by the very expression the live dashboard uses ({@link Dashboard#bucketOn}), so
 * the facts can only differ from it where an account moved on the day itself, which the dashboard adds
 * live. Taking a day again replaces its rows; days older than {@link FactDays#KEEP_DAYS} are dropped.
 */
@Stateless
@PermitAll
public class AccountDays {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportActivity imports;

    /** Every team's facts of {@code day}; returns the rows written. */
    public int take(LocalDate day) {
        em.createNativeQuery("DELETE FROM dashboard_account_day WHERE fact_on = ? OR fact_on < ?")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, Date.valueOf(FactDays.oldestKept(day)))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM dashboard_fact_day WHERE fact_on = ? OR fact_on < ?")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, Date.valueOf(FactDays.oldestKept(day)))
                .executeUpdate();
        boolean exact = imports.quiet();
        int rows = insert(day, null).query(em).executeUpdate();
        new Dashboard.Sql("INSERT INTO dashboard_fact_day (fact_on, team_id, taken_at, window_days, money_exact)"
                        + " SELECT CAST(? AS DATE), t.id, ?, ?, ? FROM team t")
                .with(Date.valueOf(day), now(), FactDays.WINDOW_DAYS, exact)
                .query(em)
                .executeUpdate();
        return rows;
    }

    /** One team's facts of {@code day} (tests, the benchmark's history); returns the rows written. */
    public int take(LocalDate day, long teamId) {
        var accounts =
                "SELECT ca.account_id FROM collection_case c JOIN collection_case_account ca ON ca.case_id = c.id"
                        + " WHERE c.team_id = ?";
        new Dashboard.Sql("DELETE FROM dashboard_account_day WHERE fact_on = ? AND (team_id = ? OR account_id IN ("
                        + accounts + "))")
                .with(Date.valueOf(day), teamId, teamId)
                .query(em)
                .executeUpdate();
        new Dashboard.Sql("DELETE FROM dashboard_fact_day WHERE fact_on = ? AND team_id = ?")
                .with(Date.valueOf(day), teamId)
                .query(em)
                .executeUpdate();
        boolean exact = imports.quiet();
        int rows = insert(day, teamId).query(em).executeUpdate();
        new Dashboard.Sql("INSERT INTO dashboard_fact_day (fact_on, team_id, taken_at, window_days, money_exact)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .with(Date.valueOf(day), teamId, now(), FactDays.WINDOW_DAYS, exact)
                .query(em)
                .executeUpdate();
        return rows;
    }

    private static Dashboard.Sql insert(LocalDate day, Long teamId) {
        // One row per account: the team of its latest such case (the dashboard reads a team's range).
        var population = new Dashboard.Sql("SELECT ca.account_id, MAX(c.id) AS case_id FROM collection_case c"
                        + " JOIN collection_case_account ca ON ca.case_id = c.id WHERE c.team_id IS NOT NULL"
                        + " AND (c.status = 'OPEN' OR c.closed_on >= ?)")
                .with(Date.valueOf(FactDays.windowStart(day).minusDays(1)));
        if (teamId != null) {
            population.append(" AND c.team_id = ?").with(teamId);
        }
        population.append(" GROUP BY ca.account_id");
        return new Dashboard.Sql("INSERT INTO dashboard_account_day (fact_on, team_id, account_id, bucket, unpaid_due,"
                        + " collected) SELECT CAST(? AS DATE), k.team_id, p.account_id, ")
                .with(Date.valueOf(day))
                .append(Dashboard.bucketOn("p.account_id", day.minusDays(1)))
                .append(
                        ", COALESCE((SELECT SUM(CASE WHEN b.amount_due > b.amount_paid THEN b.amount_due - b.amount_paid"
                                + " ELSE 0 END) FROM bill b WHERE b.account_id = p.account_id AND b.due_date <= ?), 0),"
                                + " COALESCE((SELECT SUM(pm.amount) FROM payment pm WHERE pm.account_id = p.account_id"
                                + " AND pm.paid_on >= ? AND pm.paid_on <= ?), 0) FROM (")
                .with(Date.valueOf(day), Date.valueOf(FactDays.windowStart(day)), Date.valueOf(day))
                .append(population)
                .append(") p JOIN collection_case k ON k.id = p.case_id ORDER BY k.team_id, p.account_id");
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}

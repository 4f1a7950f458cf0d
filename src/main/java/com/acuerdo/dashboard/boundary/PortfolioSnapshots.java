package com.acuerdo.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Writes one night's portfolio snapshot (table {@code portfolio_snapshot}): the accounts of every open
 * case with a team, counted and their unpaid bills summed per team, agent, product and bucket, in
 * two set-based statements. Taking a night again replaces its rows, so the nightly step is restartable.
 */
@Stateless
@PermitAll
public class PortfolioSnapshots {

    private static final String INSERT = "INSERT INTO portfolio_snapshot"
            + " (snapshot_on, team_id, agent_id, product, bucket, accounts, balance)"
            + " SELECT CAST(? AS DATE), c.team_id, c.assigned_agent_id, a.product, a.bucket, COUNT(*), COALESCE(SUM(u.unpaid), 0)"
            + " FROM collection_case c"
            + " JOIN collection_case_account ca ON ca.case_id = c.id"
            + " JOIN account a ON a.id = ca.account_id"
            + " LEFT JOIN (SELECT b.account_id, SUM(b.amount_due - b.amount_paid) AS unpaid FROM bill b"
            + "   WHERE b.amount_due > b.amount_paid%s GROUP BY b.account_id) u ON u.account_id = a.id"
            + " WHERE c.status = 'OPEN' AND c.team_id IS NOT NULL%s"
            + " GROUP BY c.team_id, c.assigned_agent_id, a.product, a.bucket";

    @PersistenceContext
    EntityManager em;

    /** Every team's snapshot of {@code day}; returns the rows written. */
    public int take(LocalDate day) {
        em.createNativeQuery("DELETE FROM portfolio_snapshot WHERE snapshot_on = ?")
                .setParameter(1, Date.valueOf(day))
                .executeUpdate();
        return em.createNativeQuery(String.format(INSERT, "", ""))
                .setParameter(1, Date.valueOf(day))
                .executeUpdate();
    }

    /** One team's snapshot of {@code day} (tests, and a team's first day); returns the rows written. */
    public int take(LocalDate day, long teamId) {
        em.createNativeQuery("DELETE FROM portfolio_snapshot WHERE snapshot_on = ? AND team_id = ?")
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, teamId)
                .executeUpdate();
        var onlyTeam = " AND b.account_id IN (SELECT ca2.account_id FROM collection_case c2"
                + " JOIN collection_case_account ca2 ON ca2.case_id = c2.id WHERE c2.team_id = ?)";
        return em.createNativeQuery(String.format(INSERT, onlyTeam, " AND c.team_id = ?"))
                .setParameter(1, Date.valueOf(day))
                .setParameter(2, teamId)
                .setParameter(3, teamId)
                .executeUpdate();
    }
}

package com.acuerdo.assignment.batch;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.CaseAssignment;
import com.acuerdo.platform.batch.CustomerScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The night's assignment over plain JDBC, in three set-based passes (each a few reads, then batched
 * writes), safe to run again (a restart finds nothing left to do):
 *
 * <ol>
 *   <li><b>Return</b>: cases covering for an absence go back to their agent once the agent is
 *       available again (the day after the absence ends, or when it was cancelled), unless a
 *       supervisor moved them meanwhile.
 *   <li><b>Cover</b>: open cases of agents absent on the date go to teammates (the rule, within the
 *       team, never back to the absent agent); each move is remembered in {@code absence_cover}.
 *   <li><b>Assign</b>: new cases (no agent) and orphaned ones (agent inactive or no longer in the
 *       case's team) get an agent by the rule; a new case keeps the client's previous agent
 *       (re-delinquency) when the rule allows.
 * </ol>
 */
public final class NightlyAssignment {

    public record Counts(int returned, int covered, int assigned, int unplaced) {}

    private record Pending(
            long caseId, long customerId, AgingBucket bucket, Long agentId, Long teamId, String language) {}

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(NightlyAssignment.class.getName());

    private static final String IN_SCOPE = " AND c.customer_id BETWEEN ? AND ?";

    private NightlyAssignment() {}

    public static Counts run(Connection connection, LocalDate date, CustomerScope scope, Instant now)
            throws SQLException {
        long start = System.nanoTime();
        int returned = returnCovers(connection, date, scope, now);
        long t1 = System.nanoTime();
        var rule = AssignmentData.rule(connection, date);
        long t2 = System.nanoTime();
        int[] covered = cover(connection, date, scope, now, rule);
        long t3 = System.nanoTime();
        int[] assigned = assignNewAndOrphaned(connection, scope, now, rule);
        long t4 = System.nanoTime();
        LOG.info(
                () -> "assignment " + date + ": " + returned + " returned (" + (t1 - start) / 1_000_000 + " ms), rules "
                        + (t2 - t1) / 1_000_000 + " ms, " + covered[0] + " covered (" + (t3 - t2) / 1_000_000 + " ms), "
                        + assigned[0] + " assigned (" + (t4 - t3) / 1_000_000 + " ms), " + (covered[1] + assigned[1])
                        + " left unassigned");
        return new Counts(returned, covered[0], assigned[0], covered[1] + assigned[1]);
    }

    static int returnCovers(Connection connection, LocalDate date, CustomerScope scope, Instant now)
            throws SQLException {
        var back = new ArrayList<long[]>(); // cover id, case id, from agent, from team, to agent, to team
        var ended = new ArrayList<Long>();
        try (var query = connection.prepareStatement("SELECT v.id, v.case_id, v.from_agent_id, a.team_id,"
                + " v.to_agent_id, c.assigned_agent_id, c.team_id, c.status FROM absence_cover v"
                + " JOIN collection_case c ON c.id = v.case_id JOIN agent a ON a.id = v.from_agent_id"
                + " WHERE v.ended_on IS NULL" + IN_SCOPE
                + " AND a.active = TRUE AND a.team_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM absence ab"
                + " WHERE ab.agent_id = v.from_agent_id AND ab.from_date <= ? AND ab.until_date >= ?)")) {
            query.setLong(1, scope.first());
            query.setLong(2, scope.last());
            query.setDate(3, Date.valueOf(date));
            query.setDate(4, Date.valueOf(date));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long coverId = rows.getLong(1);
                    long toAgent = rows.getLong(5);
                    long holder = rows.getLong(6);
                    boolean stillCovering = !rows.wasNull() && holder == toAgent && "OPEN".equals(rows.getString(8));
                    if (stillCovering) {
                        back.add(new long[] {
                            coverId, rows.getLong(2), rows.getLong(3), rows.getLong(4), toAgent, rows.getLong(7)
                        });
                    } else {
                        ended.add(coverId);
                    }
                }
            }
        }
        try (var rows = new AssignmentRows(connection, "system", now);
                var end = connection.prepareStatement(
                        "UPDATE absence_cover SET ended_on = ?, returned = ?, version = version + 1 WHERE id = ?")) {
            for (var move : back) {
                rows.move(move[1], move[2], move[3]);
                rows.audit(
                        AssignmentEvent.CASE_RETURNED,
                        move[1],
                        move[4],
                        move[5],
                        move[2],
                        move[3],
                        "the agent is back from their absence");
                ending(end, date, move[0], true);
            }
            for (var coverId : ended) {
                ending(end, date, coverId, false);
            }
            end.executeBatch();
        }
        return back.size();
    }

    private static void ending(PreparedStatement end, LocalDate date, long coverId, boolean returned)
            throws SQLException {
        end.setDate(1, Date.valueOf(date));
        end.setBoolean(2, returned);
        end.setLong(3, coverId);
        end.addBatch();
    }

    /** @return covered, left with the absent agent (no teammate fits) */
    static int[] cover(Connection connection, LocalDate date, CustomerScope scope, Instant now, CaseAssignment rule)
            throws SQLException {
        var selection = " FROM collection_case c JOIN agent a ON a.id = c.assigned_agent_id"
                + " WHERE c.status = 'OPEN'" + IN_SCOPE + " AND a.active = TRUE AND a.team_id IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM absence ab WHERE ab.agent_id = c.assigned_agent_id"
                + " AND ab.from_date <= ? AND ab.until_date >= ?)"
                + " AND NOT EXISTS (SELECT 1 FROM absence_cover v WHERE v.case_id = c.id AND v.ended_on IS NULL)";
        Object[] params = {scope.first(), scope.last(), Date.valueOf(date), Date.valueOf(date)};
        var pending = pending(connection, selection, params, "a.team_id");
        var facts = facts(connection, selection, params);
        int covered = 0, left = 0;
        var coverIds = new AssignmentRows.Ids(connection, "absence_cover_seq");
        try (var rows = new AssignmentRows(connection, "system", now);
                var insert = connection.prepareStatement("INSERT INTO absence_cover (id, case_id, from_agent_id,"
                        + " to_agent_id, moved_on, returned, version) VALUES (?, ?, ?, ?, ?, FALSE, 0)")) {
            for (var kase : pending) {
                var balance = facts.balances.getOrDefault(kase.caseId(), BigDecimal.ZERO);
                var request = CaseAssignment.Request.of(
                                kase.bucket(), facts.products.get(kase.caseId()), kase.language(), balance)
                        .withinTeamExcept(kase.teamId(), kase.agentId());
                var choice = rule.assign(request);
                if (choice.isEmpty()) {
                    left++;
                    continue;
                }
                rule.release(kase.agentId(), balance);
                var to = choice.get();
                rows.move(kase.caseId(), to.agentId(), to.teamId());
                rows.audit(
                        AssignmentEvent.CASE_COVERED,
                        kase.caseId(),
                        kase.agentId(),
                        kase.teamId(),
                        to.agentId(),
                        to.teamId(),
                        "the agent is absent on " + date + "; a teammate covers until they are back");
                insert.setLong(1, coverIds.next());
                insert.setLong(2, kase.caseId());
                insert.setLong(3, kase.agentId());
                insert.setLong(4, to.agentId());
                insert.setDate(5, Date.valueOf(date));
                insert.addBatch();
                covered++;
            }
            // The cover rows point at cases already there; the moves and audit rows flush on close.
            insert.executeBatch();
        }
        return new int[] {covered, left};
    }

    /** @return assigned, left unassigned (nobody fits) */
    static int[] assignNewAndOrphaned(Connection connection, CustomerScope scope, Instant now, CaseAssignment rule)
            throws SQLException {
        var selection = " FROM collection_case c LEFT JOIN agent a ON a.id = c.assigned_agent_id"
                + " WHERE c.status = 'OPEN'" + IN_SCOPE + " AND (c.assigned_agent_id IS NULL OR a.active = FALSE"
                + " OR a.team_id IS NULL OR (c.team_id IS NOT NULL AND a.team_id <> c.team_id))";
        Object[] params = {scope.first(), scope.last()};
        long start = System.nanoTime();
        var pending = pending(connection, selection, params, "c.team_id");
        if (pending.isEmpty()) {
            return new int[] {0, 0};
        }
        long read = System.nanoTime();
        var facts = facts(connection, selection, params);
        long factsRead = System.nanoTime();
        var previous = previousAgents(connection, selection, params);
        long previousRead = System.nanoTime();
        LOG.info(() -> "assignment reads: cases " + (read - start) / 1_000_000 + " ms, products and balances "
                + (factsRead - read) / 1_000_000 + " ms, previous agents " + (previousRead - factsRead) / 1_000_000
                + " ms");
        int assigned = 0, left = 0;
        long deciding = 0;
        try (var rows = new AssignmentRows(connection, "system", now)) {
            for (var kase : pending) {
                boolean fresh = kase.agentId() == null;
                var keep = fresh ? previous.get(kase.customerId()) : null;
                var balance = facts.balances.getOrDefault(kase.caseId(), BigDecimal.ZERO);
                long decideStart = System.nanoTime();
                var choice = rule.assign(CaseAssignment.Request.of(
                                kase.bucket(), facts.products.get(kase.caseId()), kase.language(), balance)
                        .keeping(keep));
                deciding += System.nanoTime() - decideStart;
                if (choice.isEmpty()) {
                    left++;
                    continue;
                }
                var to = choice.get();
                rows.move(kase.caseId(), to.agentId(), to.teamId());
                rows.audit(
                        AssignmentEvent.CASE_ASSIGNED,
                        kase.caseId(),
                        kase.agentId(),
                        kase.teamId(),
                        to.agentId(),
                        to.teamId(),
                        keep != null && keep == to.agentId()
                                ? "the client's previous agent (continuity)"
                                : fresh ? "new case" : "orphaned case: the agent is inactive or left the team");
                assigned++;
            }
            rows.flush();
            long decided = deciding;
            long written = rows.writeMillis();
            LOG.info(() -> "assignment of new and orphaned cases: " + decided / 1_000_000 + " ms deciding, " + written
                    + " ms writing");
        }
        return new int[] {assigned, left};
    }

    private static List<Pending> pending(Connection connection, String selection, Object[] params, String teamColumn)
            throws SQLException {
        var pending = new ArrayList<Pending>();
        try (var query = prepare(
                connection,
                "SELECT c.id, c.customer_id, c.bucket, c.assigned_agent_id, " + teamColumn + ", cu.language"
                        + selection.replaceFirst(" WHERE ", " JOIN customer cu ON cu.id = c.customer_id WHERE ")
                        // Ties by client, not by case id: aging's partitions draw case ids in no set order.
                        + " ORDER BY c.priority_score DESC, c.customer_id, c.id",
                params)) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long agent = rows.getLong(4);
                    Long agentId = rows.wasNull() ? null : agent;
                    long team = rows.getLong(5);
                    Long teamId = rows.wasNull() ? null : team;
                    pending.add(new Pending(
                            rows.getLong(1),
                            rows.getLong(2),
                            AgingBucket.valueOf(rows.getString(3).trim()),
                            agentId,
                            teamId,
                            rows.getString(6).trim().toUpperCase()));
                }
            }
        }
        return pending;
    }

    private static final class Facts {
        final Map<Long, String> products = new HashMap<>();
        final Map<Long, BigDecimal> balances = new HashMap<>();
    }

    /** Each case's product (of its most overdue account) and balance (due less paid over its bills). */
    private static Facts facts(Connection connection, String selection, Object[] params) throws SQLException {
        var facts = new Facts();
        var worst = new HashMap<Long, Integer>();
        try (var query = prepare(
                connection,
                "SELECT ca.case_id, ac.product, ac.days_past_due FROM collection_case_account ca"
                        + " JOIN account ac ON ac.id = ca.account_id WHERE ca.case_id IN (SELECT c.id" + selection
                        + ")",
                params)) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long caseId = rows.getLong(1);
                    int days = rows.getInt(3);
                    if (days >= worst.getOrDefault(caseId, Integer.MIN_VALUE)) {
                        worst.put(caseId, days);
                        facts.products.put(caseId, rows.getString(2).trim().toUpperCase());
                    }
                }
            }
        }
        try (var query = prepare(
                connection,
                "SELECT ca.case_id, SUM(b.amount_due - b.amount_paid) FROM collection_case_account ca"
                        + " JOIN bill b ON b.account_id = ca.account_id WHERE b.amount_paid < b.amount_due"
                        + " AND ca.case_id IN (SELECT c.id" + selection + ") GROUP BY ca.case_id",
                params)) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var sum = rows.getBigDecimal(2);
                    facts.balances.put(rows.getLong(1), sum == null ? BigDecimal.ZERO : sum);
                }
            }
        }
        return facts;
    }

    /** The agent of each client's most recently closed case (re-delinquency keeps the agent). */
    private static Map<Long, Long> previousAgents(Connection connection, String selection, Object[] params)
            throws SQLException {
        var previous = new HashMap<Long, Long>();
        var latest = new HashMap<Long, LocalDate>();
        try (var query = prepare(
                connection,
                "SELECT p.customer_id, p.assigned_agent_id, p.closed_on FROM collection_case p"
                        + " WHERE p.status = 'CLOSED' AND p.assigned_agent_id IS NOT NULL AND p.customer_id IN"
                        + " (SELECT c.customer_id" + selection + " AND c.assigned_agent_id IS NULL)",
                params)) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long customer = rows.getLong(1);
                    var closed = rows.getDate(3);
                    var on = closed == null ? LocalDate.MIN : closed.toLocalDate();
                    if (!on.isBefore(latest.getOrDefault(customer, LocalDate.MIN))) {
                        latest.put(customer, on);
                        previous.put(customer, rows.getLong(2));
                    }
                }
            }
        }
        return previous;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] params) throws SQLException {
        var statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}

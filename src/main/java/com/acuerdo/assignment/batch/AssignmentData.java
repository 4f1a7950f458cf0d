package com.acuerdo.assignment.batch;

import com.acuerdo.casework.control.CaseAssignment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the assignment rules (teams' products/buckets/languages, agents' skills, capacity and absences
 * on the date, the balance spread) and every agent's open cases and balance, in a handful of
 * set-based queries, into the pure rule {@link CaseAssignment}.
 */
public final class AssignmentData {

    private AssignmentData() {}

    public static CaseAssignment rule(Connection connection, LocalDate date) throws SQLException {
        var teamBuckets = setsOf(connection, "SELECT team_id, bucket FROM team_bucket");
        var teamProducts = setsOf(connection, "SELECT team_id, product FROM team_product");
        var teamLanguages = setsOf(connection, "SELECT team_id, language FROM team_language");
        var languages = setsOf(connection, "SELECT agent_id, language FROM agent_language");
        var products = setsOf(connection, "SELECT agent_id, product FROM agent_product");
        var buckets = setsOf(connection, "SELECT agent_id, bucket FROM agent_bucket");
        var teams = new ArrayList<CaseAssignment.TeamRule>();
        try (var query = connection.prepareStatement("SELECT id FROM team");
                var result = query.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                teams.add(new CaseAssignment.TeamRule(
                        id,
                        teamBuckets.getOrDefault(id, Set.of()),
                        teamProducts.getOrDefault(id, Set.of()),
                        teamLanguages.getOrDefault(id, Set.of())));
            }
        }
        var absent = new HashSet<Long>();
        try (var query = connection.prepareStatement(
                "SELECT DISTINCT agent_id FROM absence WHERE from_date <= ? AND until_date >= ?")) {
            query.setDate(1, Date.valueOf(date));
            query.setDate(2, Date.valueOf(date));
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    absent.add(result.getLong(1));
                }
            }
        }
        var seats = new ArrayList<CaseAssignment.Seat>();
        try (var query = connection.prepareStatement(
                        "SELECT id, team_id, capacity FROM agent WHERE active = TRUE AND team_id IS NOT NULL");
                var result = query.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                seats.add(new CaseAssignment.Seat(
                        id,
                        result.getLong(2),
                        languages.getOrDefault(id, Set.of()),
                        products.getOrDefault(id, Set.of()),
                        buckets.getOrDefault(id, Set.of()),
                        Math.max(1, result.getInt(3)),
                        !absent.contains(id)));
            }
        }
        return new CaseAssignment(teams, seats, loads(connection), spreadPercent(connection));
    }

    /** Open cases and total balance (amount due less paid over the cases' bills) per agent. */
    public static Map<Long, CaseAssignment.Load> loads(Connection connection) throws SQLException {
        var counts = new HashMap<Long, Integer>();
        try (var query = connection.prepareStatement("SELECT assigned_agent_id, COUNT(*) FROM collection_case"
                        + " WHERE status = 'OPEN' AND assigned_agent_id IS NOT NULL GROUP BY assigned_agent_id");
                var result = query.executeQuery()) {
            while (result.next()) {
                counts.put(result.getLong(1), result.getInt(2));
            }
        }
        var balances = new HashMap<Long, BigDecimal>();
        try (var query = connection.prepareStatement("SELECT c.assigned_agent_id, SUM(b.amount_due - b.amount_paid)"
                        + " FROM collection_case c JOIN collection_case_account ca ON ca.case_id = c.id"
                        + " JOIN bill b ON b.account_id = ca.account_id"
                        // Only bills still owed: a paid bill adds nothing, and most bills are paid.
                        + " WHERE c.status = 'OPEN' AND c.assigned_agent_id IS NOT NULL AND b.amount_paid < b.amount_due"
                        + " GROUP BY c.assigned_agent_id");
                var result = query.executeQuery()) {
            while (result.next()) {
                var sum = result.getBigDecimal(2);
                balances.put(result.getLong(1), sum == null ? BigDecimal.ZERO : sum);
            }
        }
        var loads = new HashMap<Long, CaseAssignment.Load>();
        counts.forEach((agent, count) ->
                loads.put(agent, new CaseAssignment.Load(count, balances.getOrDefault(agent, BigDecimal.ZERO))));
        return loads;
    }

    public static int spreadPercent(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT spread_percent FROM assignment_setting WHERE id = 1");
                var result = query.executeQuery()) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static Map<Long, Set<String>> setsOf(Connection connection, String sql) throws SQLException {
        var sets = new HashMap<Long, Set<String>>();
        try (var query = connection.prepareStatement(sql);
                var result = query.executeQuery()) {
            while (result.next()) {
                sets.computeIfAbsent(result.getLong(1), id -> new HashSet<>())
                        .add(result.getString(2).trim().toUpperCase());
            }
        }
        return sets;
    }
}

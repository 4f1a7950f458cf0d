package com.acuerdo.casework.batch;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.EscalationRules;
import com.acuerdo.casework.control.EscalationRules.Reason;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.SequenceIds;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Escalation for one range of client ids on a business date, by the rules in force: the case goes on
 * its supervisor's escalation list once per reason (table escalation, unique per case and reason);
 * at changed conditions its accounts get the credit limit reduced and new charges blocked, each
 * recorded once for the core bank's export (table core_bank_export, unique per account and kind).
 * Everything is written only when absent, so a re-run changes nothing. The range's facts are read
 * in a few set-based queries, the rules decide in memory, and the writes go out together at the end
 * ({@link EscalationWrites}: one statement per kind of write on PostgreSQL).
 */
public final class CaseEscalation {

    public static final String CREDIT_LIMIT_REDUCED = "CREDIT_LIMIT_REDUCED";
    public static final String NEW_CHARGES_BLOCKED = "NEW_CHARGES_BLOCKED";

    public record Counts(int cases, int escalations, int restrictions) {}

    private record OpenCase(long id, long customerId, Long teamId, AgingBucket bucket, LocalDate openedOn) {}

    /** An account to restrict tonight and which of its two changes it still lacks. */
    record Unrestricted(long accountId, boolean limitToReduce, boolean chargesToBlock) {}

    private CaseEscalation() {}

    /** The rules in force on a date (the latest row effective then). */
    public static Optional<EscalationRules> rules(Connection connection, LocalDate date) throws SQLException {
        try (var query = connection.prepareStatement("SELECT broken_promises_max, broken_promises_days,"
                + " no_right_party_days, restrict_from_bucket, charge_off_from_bucket FROM escalation_rule"
                + " WHERE effective_from <= ? ORDER BY effective_from DESC")) {
            query.setDate(1, Date.valueOf(date));
            query.setMaxRows(1);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EscalationRules(
                        rows.getInt(1),
                        rows.getInt(2),
                        rows.getInt(3),
                        AgingBucket.valueOf(rows.getString(4).trim()),
                        AgingBucket.valueOf(rows.getString(5).trim())));
            }
        }
    }

    public static Counts escalate(
            Connection connection, IdRange range, LocalDate date, EscalationRules rules, Instant now)
            throws SQLException {
        var cases = openCases(connection, range);
        if (cases.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        var kept = ids(
                connection,
                range,
                "SELECT DISTINCT c.id FROM collection_case c JOIN promise_to_pay p"
                        + " ON p.case_id = c.id WHERE c.open_customer_id BETWEEN ? AND ? AND p.status = 'OPEN'"
                        + " AND p.due_on >= ? UNION SELECT DISTINCT c.id FROM collection_case c JOIN payment_arrangement a"
                        + " ON a.case_id = c.id WHERE c.open_customer_id BETWEEN ? AND ? AND a.status = 'ACTIVE'",
                date);
        var broken = counts(connection, range, date.minusDays(rules.brokenPromisesDays()));
        var conversations = lastConversations(connection, range);
        var listed = listed(connection, range);
        var unrestricted = unrestrictedAccounts(connection, range, rules);
        var writes = new EscalationWrites(connection, range, date);
        var audit = new CaseAging.AuditRows(connection);
        var ids = new SequenceIds(connection, "escalation_seq");
        int escalations = 0;
        for (var open : cases) {
            var facts = new EscalationRules.Facts(
                    open.bucket(),
                    open.openedOn(),
                    kept.contains(open.id()),
                    broken.getOrDefault(open.id(), 0),
                    conversations.get(open.id()));
            Reason flagged = null;
            for (var reason : rules.reasons(facts, date)) {
                if (listed.add(open.id() + "/" + reason)) {
                    writes.list(
                            ids.next(), open.id(), open.customerId(), open.teamId(), reason, "bucket " + open.bucket());
                    audit.add(CaseEvent.CASE_ESCALATED, open.id(), reason.name(), now);
                    escalations++;
                    // The case carries the first reason it was listed for (reasons come in enum order).
                    if (flagged == null) {
                        flagged = reason;
                        writes.flag(open.id(), reason);
                    }
                }
                if (reason == Reason.CHANGED_CONDITIONS) {
                    for (var account : unrestricted.getOrDefault(open.id(), List.of())) {
                        writes.restrict(account);
                    }
                }
            }
        }
        int restrictions = writes.flush(new SequenceIds(connection, "core_bank_export_seq"));
        audit.flush();
        return new Counts(cases.size(), escalations, restrictions);
    }

    /**
     * Per open case of the range, its accounts in a bucket the rules restrict that still lack a
     * restriction (most nights none: restrictions are recorded once).
     */
    private static Map<Long, List<Unrestricted>> unrestrictedAccounts(
            Connection connection, IdRange range, EscalationRules rules) throws SQLException {
        var buckets = java.util.Arrays.stream(AgingBucket.values())
                .filter(rules::restricts)
                .toList();
        var accounts = new HashMap<Long, List<Unrestricted>>();
        if (buckets.isEmpty()) {
            return accounts;
        }
        try (var query = connection.prepareStatement("SELECT ca.case_id, a.id, a.credit_limit_reduced,"
                + " a.new_charges_blocked FROM collection_case c JOIN collection_case_account ca ON ca.case_id = c.id"
                + " JOIN account a ON a.id = ca.account_id WHERE c.open_customer_id BETWEEN ? AND ?"
                + " AND (a.credit_limit_reduced = FALSE OR a.new_charges_blocked = FALSE)"
                + " AND a.bucket IN (" + String.join(", ", java.util.Collections.nCopies(buckets.size(), "?")) + ")"
                + " ORDER BY ca.case_id, a.id")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            for (int i = 0; i < buckets.size(); i++) {
                query.setString(3 + i, buckets.get(i).name());
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new Unrestricted(rows.getLong(2), !rows.getBoolean(3), !rows.getBoolean(4)));
                }
            }
        }
        return accounts;
    }

    private static java.util.List<OpenCase> openCases(Connection connection, IdRange range) throws SQLException {
        var cases = new java.util.ArrayList<OpenCase>();
        try (var query = connection.prepareStatement("SELECT id, customer_id, team_id, bucket, opened_on"
                + " FROM collection_case WHERE open_customer_id BETWEEN ? AND ? ORDER BY id")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    // wasNull() speaks of the last column read: ask it right after the team.
                    long team = rows.getLong(3);
                    Long teamId = rows.wasNull() ? null : team;
                    cases.add(new OpenCase(
                            rows.getLong(1),
                            rows.getLong(2),
                            teamId,
                            AgingBucket.valueOf(rows.getString(4).trim()),
                            rows.getDate(5).toLocalDate()));
                }
            }
        }
        return cases;
    }

    private static Set<Long> ids(Connection connection, IdRange range, String sql, LocalDate date) throws SQLException {
        var ids = new HashSet<Long>();
        try (var query = connection.prepareStatement(sql)) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            query.setDate(3, Date.valueOf(date));
            query.setLong(4, range.from());
            query.setLong(5, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Promises and arrangements of the client broken since {@code since}, per open case. */
    private static Map<Long, Integer> counts(Connection connection, IdRange range, LocalDate since)
            throws SQLException {
        var counts = new HashMap<Long, Integer>();
        try (var query = connection.prepareStatement("SELECT c.id, COUNT(*) FROM collection_case c"
                + " JOIN collection_case k ON k.customer_id = c.customer_id"
                + " JOIN promise_to_pay p ON p.case_id = k.id"
                + " WHERE c.open_customer_id BETWEEN ? AND ? AND p.status = 'BROKEN' AND p.resolved_on >= ?"
                + " GROUP BY c.id"
                + " UNION ALL SELECT c.id, COUNT(*) FROM collection_case c"
                + " JOIN collection_case k ON k.customer_id = c.customer_id"
                + " JOIN payment_arrangement a ON a.case_id = k.id"
                + " WHERE c.open_customer_id BETWEEN ? AND ? AND a.status = 'BROKEN' AND a.ended_on >= ?"
                + " GROUP BY c.id")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            query.setDate(3, Date.valueOf(since));
            query.setLong(4, range.from());
            query.setLong(5, range.to());
            query.setDate(6, Date.valueOf(since));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.merge(rows.getLong(1), rows.getInt(2), Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The day (UTC) of each open case's last conversation with the client. */
    private static Map<Long, LocalDate> lastConversations(Connection connection, IdRange range) throws SQLException {
        var days = new HashMap<Long, LocalDate>();
        try (var query = connection.prepareStatement("SELECT c.id, MAX(t.contact_at) FROM collection_case c"
                + " JOIN contact t ON t.customer_id = c.customer_id"
                + " WHERE c.open_customer_id BETWEEN ? AND ? AND t.outcome = 'RIGHT_PARTY' GROUP BY c.id")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var at = rows.getTimestamp(2);
                    if (at != null) {
                        days.put(
                                rows.getLong(1),
                                at.toLocalDateTime().atOffset(ZoneOffset.UTC).toLocalDate());
                    }
                }
            }
        }
        return days;
    }

    private static Set<String> listed(Connection connection, IdRange range) throws SQLException {
        var listed = new HashSet<String>();
        try (var query = connection.prepareStatement("SELECT e.case_id, e.reason FROM escalation e"
                + " JOIN collection_case c ON c.id = e.case_id WHERE c.open_customer_id BETWEEN ? AND ?")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    listed.add(rows.getLong(1) + "/" + rows.getString(2).trim());
                }
            }
        }
        return listed;
    }
}

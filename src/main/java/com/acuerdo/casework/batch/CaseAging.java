package com.acuerdo.casework.batch;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.CaseVerdict;
import com.acuerdo.casework.control.ObjectiveTable;
import com.acuerdo.casework.control.RiskEstimate;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.SequenceIds;
import com.acuerdo.strategy.control.CaseFacts;
import com.acuerdo.strategy.control.PriorityScore;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.PriorityWeights;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The case side of the nightly aging, for one range of client ids, after their accounts were aged:
 * opens a case for a client who became delinquent, keeps an open case's bucket (the worst of the
 * client's accounts), objective and explained priority up to date, links newly delinquent accounts,
 * and closes the case as CURED when every account is current. Writes only what changed, so running a
 * range twice changes nothing. New cases are left without an agent: assignment balances the agents'
 * loads over the whole night, so it runs after every range ({@code assignCases}), and ranges can run
 * at once.
 */
public final class CaseAging {

    /** What the nightly rules need, loaded once per step. */
    public record Rules(ObjectiveTable objectives, PriorityWeights weights, Instant now) {}

    public record Counts(int clients, int opened, int updated, int closed) {}

    private record Delinquent(long accountId, AgingBucket bucket, int days, String product, BigDecimal balance) {}

    private record Client(String language, ZoneId zone, List<Delinquent> accounts) {}

    private static final class OpenCase {
        long id;
        long customerId;
        AgingBucket bucket;
        String objective;
        boolean chargeOff;
        BigDecimal score;
        Instant lastContactAt;
        Instant nextCallbackAt;
        final Set<Long> linked = new HashSet<>();
    }

    private CaseAging() {}

    public static Counts age(Connection connection, IdRange range, LocalDate date, Rules rules) throws SQLException {
        var clients = delinquentClients(connection, range);
        var cases = openCases(connection, range);
        var broken = countPerClient(
                connection,
                range,
                "SELECT c.customer_id, COUNT(*) FROM promise_to_pay p"
                        + " JOIN collection_case c ON c.id = p.case_id WHERE c.customer_id BETWEEN ? AND ?"
                        + " AND p.status = 'BROKEN' GROUP BY c.customer_id");
        var dueToday = dueToday(connection, range, date);
        var audit = new AuditRows(connection);
        var writes = new Batches(connection, range);
        int opened = 0, updated = 0, closed = 0;

        var customers = new HashSet<Long>(clients.keySet());
        customers.addAll(cases.keySet());
        var caseIds = new SequenceIds(connection, "collection_case_seq");
        for (var customerId : customers.stream().sorted().toList()) {
            var client = clients.get(customerId);
            var openCase = cases.get(customerId);
            var buckets = client == null
                    ? List.<AgingBucket>of()
                    : client.accounts().stream().map(Delinquent::bucket).toList();
            switch (CaseVerdict.of(buckets, openCase != null)) {
                case OPEN -> {
                    var created = new OpenCase();
                    created.id = caseIds.next();
                    created.customerId = customerId;
                    insertCase(writes, created, date);
                    audit.add(CaseEvent.CASE_OPENED, created.id, "client " + customerId, rules.now());
                    refresh(writes, created, client, date, rules, broken, dueToday, audit, true);
                    opened++;
                }
                case UPDATE -> {
                    if (refresh(writes, openCase, client, date, rules, broken, dueToday, audit, false)) {
                        updated++;
                    }
                }
                case CLOSE_CURED -> {
                    closeCured(writes, openCase, date);
                    audit.add(CaseEvent.CASE_CURED, openCase.id, "every account is current", rules.now());
                    closed++;
                }
                case NOTHING -> {}
            }
        }
        writes.flush();
        audit.flush();
        return new Counts(customers.size(), opened, updated, closed);
    }

    // --- reading -------------------------------------------------------------------------------

    private static Map<Long, Client> delinquentClients(Connection connection, IdRange range) throws SQLException {
        var clients = new LinkedHashMap<Long, Client>();
        try (var query = connection.prepareStatement("SELECT a.customer_id, a.id, a.bucket, a.days_past_due,"
                + " a.product, cu.language, cu.time_zone,"
                + " (SELECT SUM(b.amount_due - b.amount_paid) FROM bill b WHERE b.account_id = a.id)"
                + " FROM account a JOIN customer cu ON cu.id = a.customer_id"
                + " WHERE a.customer_id BETWEEN ? AND ? AND a.bucket <> 'CURRENT' ORDER BY a.customer_id, a.id")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var client = clients.computeIfAbsent(rows.getLong(1), id -> {
                        try {
                            return new Client(rows.getString(6), zone(rows.getString(7)), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    var balance = rows.getBigDecimal(8);
                    client.accounts()
                            .add(new Delinquent(
                                    rows.getLong(2),
                                    AgingBucket.valueOf(rows.getString(3).trim()),
                                    rows.getInt(4),
                                    rows.getString(5).trim(),
                                    balance == null ? BigDecimal.ZERO : balance.max(BigDecimal.ZERO)));
                }
            }
        }
        return clients;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static Map<Long, OpenCase> openCases(Connection connection, IdRange range) throws SQLException {
        var cases = new HashMap<Long, OpenCase>();
        var byId = new HashMap<Long, OpenCase>();
        try (var query = connection.prepareStatement("SELECT c.id, c.customer_id, c.bucket, c.objective,"
                + " c.charge_off_candidate, c.priority_score, c.last_contact_at,"
                + " c.next_callback_at FROM collection_case c WHERE c.open_customer_id BETWEEN ? AND ?")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var open = new OpenCase();
                    open.id = rows.getLong(1);
                    open.customerId = rows.getLong(2);
                    open.bucket = AgingBucket.valueOf(rows.getString(3).trim());
                    open.objective = rows.getString(4);
                    open.chargeOff = rows.getBoolean(5);
                    open.score = rows.getBigDecimal(6);
                    open.lastContactAt = instant(rows.getTimestamp(7));
                    open.nextCallbackAt = instant(rows.getTimestamp(8));
                    cases.put(open.customerId, open);
                    byId.put(open.id, open);
                }
            }
        }
        if (!cases.isEmpty()) {
            try (var query = connection.prepareStatement(
                    "SELECT ca.case_id, ca.account_id FROM collection_case_account ca"
                            + " JOIN collection_case c ON c.id = ca.case_id WHERE c.open_customer_id BETWEEN ? AND ?")) {
                query.setLong(1, range.from());
                query.setLong(2, range.to());
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        var open = byId.get(rows.getLong(1));
                        if (open != null) {
                            open.linked.add(rows.getLong(2));
                        }
                    }
                }
            }
        }
        return cases;
    }

    private static Instant instant(Timestamp timestamp) {
        // Instants are stored as UTC wall time without a zone (InstantAttributeConverter).
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    private static Map<Long, Integer> countPerClient(Connection connection, IdRange range, String sql)
            throws SQLException {
        var counts = new HashMap<Long, Integer>();
        try (var query = connection.prepareStatement(sql)) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Clients with a promise or an instalment falling due on the business date. */
    private static Set<Long> dueToday(Connection connection, IdRange range, LocalDate date) throws SQLException {
        var clients = new HashSet<Long>();
        try (var query = connection.prepareStatement("SELECT c.customer_id FROM promise_to_pay p"
                + " JOIN collection_case c ON c.id = p.case_id WHERE c.customer_id BETWEEN ? AND ?"
                + " AND p.status = 'OPEN' AND p.due_on = ?"
                + " UNION SELECT c.customer_id FROM instalment i JOIN payment_arrangement pa ON pa.id = i.arrangement_id"
                + " JOIN collection_case c ON c.id = pa.case_id WHERE c.customer_id BETWEEN ? AND ?"
                + " AND pa.status = 'ACTIVE' AND i.status = 'DUE' AND i.due_on = ?")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            query.setDate(3, Date.valueOf(date));
            query.setLong(4, range.from());
            query.setLong(5, range.to());
            query.setDate(6, Date.valueOf(date));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    clients.add(rows.getLong(1));
                }
            }
        }
        return clients;
    }

    // --- writing -------------------------------------------------------------------------------

    private static void insertCase(Batches writes, OpenCase created, LocalDate date) throws SQLException {
        writes.add(Write.INSERT_CASE, created.id, created.customerId, created.customerId, Date.valueOf(date));
        created.bucket = AgingBucket.CURRENT;
        created.score = BigDecimal.ZERO;
    }

    /** Links, bucket, objective and priority; returns whether anything changed. */
    private static boolean refresh(
            Batches writes,
            OpenCase open,
            Client client,
            LocalDate date,
            Rules rules,
            Map<Long, Integer> broken,
            Set<Long> dueToday,
            AuditRows audit,
            boolean isNew)
            throws SQLException {
        boolean changed = false;
        for (var account : client.accounts()) {
            if (open.linked.add(account.accountId())) {
                writes.add(Write.LINK, open.id, account.accountId());
                changed = true;
            }
        }
        var worstAccount = client.accounts().stream()
                .max(Comparator.comparing(Delinquent::bucket)
                        .thenComparing(Delinquent::balance)
                        .thenComparing(Delinquent::accountId, Comparator.reverseOrder()))
                .orElseThrow();
        var bucket = worstAccount.bucket();
        var objective = rules.objectives()
                .objectiveFor(worstAccount.product(), bucket, date)
                .map(Objective::name)
                .orElse(null);
        boolean chargeOff = bucket.isChargeOffCandidate();
        if (bucket != open.bucket || !Objects.equals(objective, open.objective) || chargeOff != open.chargeOff) {
            writes.add(Write.AGING, bucket.name(), objective, chargeOff, open.id);
            if (!isNew && bucket != open.bucket) {
                audit.add(CaseEvent.CASE_BUCKET_CHANGED, open.id, open.bucket + " -> " + bucket, rules.now());
            }
            open.bucket = bucket;
            open.objective = objective;
            open.chargeOff = chargeOff;
            changed = true;
        }
        if (rules.weights() != null) {
            changed |= prioritise(writes, open, client, date, rules, broken, dueToday);
        }
        return changed;
    }

    private static boolean prioritise(
            Batches writes,
            OpenCase open,
            Client client,
            LocalDate date,
            Rules rules,
            Map<Long, Integer> broken,
            Set<Long> dueToday)
            throws SQLException {
        int brokenPromises = broken.getOrDefault(open.customerId, 0);
        var zone = client.zone();
        var facts = new CaseFacts(
                client.accounts().stream().map(Delinquent::balance).reduce(BigDecimal.ZERO, BigDecimal::add),
                client.accounts().stream().mapToInt(Delinquent::days).max().orElse(0),
                RiskEstimate.of(open.bucket, brokenPromises),
                dueToday.contains(open.customerId),
                brokenPromises,
                open.nextCallbackAt != null
                        && !open.nextCallbackAt.atZone(zone).toLocalDate().isAfter(date),
                open.lastContactAt == null
                        ? null
                        : (int) Math.max(
                                0,
                                ChronoUnit.DAYS.between(
                                        open.lastContactAt.atZone(zone).toLocalDate(), date)));
        var score = PriorityScore.of(rules.weights(), facts);
        if (open.score != null && open.score.compareTo(score.total()) == 0) {
            return false;
        }
        writes.add(Write.SCORE, score.total(), open.id);
        var explanation = score.explanation();
        writes.add(Write.CLEAR_PARTS, open.id, explanation.size());
        int order = 0;
        for (var explained : explanation) {
            writes.add(Write.PART, open.id, order++, explained.factor().name(), explained.points());
        }
        open.score = score.total();
        return true;
    }

    private static void closeCured(Batches writes, OpenCase open, LocalDate date) throws SQLException {
        writes.add(Write.CLOSE, Date.valueOf(date), open.id);
        writes.add(Write.RESOLVE, Date.valueOf(date), open.id);
    }

    /** The range's writes, in the order their foreign keys need (new cases before their links and parts). */
    enum Write {
        INSERT_CASE("INSERT INTO collection_case (id, customer_id, open_customer_id, status, opened_on, bucket,"
                + " priority_score, escalated, charge_off_candidate, version)"
                + " VALUES (?, ?, ?, 'OPEN', ?, 'CURRENT', 0, FALSE, FALSE, 0)"),
        LINK(
                "INSERT INTO collection_case_account (case_id, account_id) VALUES (?, ?)",
                "INSERT INTO collection_case_account (case_id, account_id) SELECT * FROM unnest(?, ?)",
                "int8",
                "int8"),
        AGING(
                "UPDATE collection_case SET bucket = ?, objective = ?, charge_off_candidate = ?,"
                        + " version = version + 1 WHERE id = ?",
                "UPDATE collection_case c SET bucket = v.bucket, objective = v.objective, charge_off_candidate = v.co,"
                        + " version = c.version + 1 FROM unnest(?, ?, ?, ?) AS v(bucket, objective, co, id)"
                        + " WHERE c.id = v.id AND c.open_customer_id BETWEEN ? AND ?",
                "varchar",
                "varchar",
                "bool",
                "int8"),
        SCORE(
                "UPDATE collection_case SET priority_score = ?, version = version + 1 WHERE id = ?",
                "UPDATE collection_case c SET priority_score = v.score, version = c.version + 1"
                        + " FROM unnest(?, ?) AS v(score, id) WHERE c.id = v.id AND c.open_customer_id BETWEEN ? AND ?",
                "numeric",
                "int8"),
        // Batches: every part goes, then the new ones are inserted (the part count is not needed).
        // PostgreSQL: only the parts beyond the new count go, the others are overwritten in place
        // (cheap updates that touch no index: most nights only the points change).
        CLEAR_PARTS(
                "DELETE FROM collection_case_priority_part WHERE case_id = ? AND ? >= 0",
                "DELETE FROM collection_case_priority_part p USING unnest(?, ?) AS v(id, parts)"
                        + " WHERE p.case_id = v.id AND p.part_order >= v.parts",
                "int8",
                "int4"),
        PART(
                "INSERT INTO collection_case_priority_part (case_id, part_order, name, points) VALUES (?, ?, ?, ?)",
                "INSERT INTO collection_case_priority_part (case_id, part_order, name, points)"
                        + " SELECT * FROM unnest(?, ?, ?, ?) ON CONFLICT (case_id, part_order)"
                        + " DO UPDATE SET name = EXCLUDED.name, points = EXCLUDED.points",
                "int8",
                "int4",
                "varchar",
                "numeric"),
        CLOSE("UPDATE collection_case SET status = 'CLOSED', close_reason = 'CURED', closed_on = ?,"
                + " open_customer_id = NULL, next_callback_at = NULL, version = version + 1"
                + " WHERE id = ? AND status = 'OPEN'"),
        // A cured client is no longer on the supervisor's escalation list.
        RESOLVE(
                "UPDATE escalation SET resolved_on = ?, version = version + 1 WHERE case_id = ? AND resolved_on IS NULL");

        final String sql;
        /** On PostgreSQL: the whole range's rows in one statement over arrays (one per column), or null. */
        final String arraySql;

        final String[] arrayTypes;

        Write(String sql) {
            this(sql, null);
        }

        Write(String sql, String arraySql, String... arrayTypes) {
            this.sql = sql;
            this.arraySql = arraySql;
            this.arrayTypes = arrayTypes;
        }
    }

    /**
     * The writes of one range, executed together at its end in the order of {@link Write}: JDBC
     * batches, or on PostgreSQL one statement per kind of write over arrays of the values (a batch
     * still costs the server one statement per row; the nightly priorities rewrite most open cases).
     */
    static final class Batches {
        private final Connection connection;
        private final boolean postgres;
        private final IdRange range;
        private final java.util.EnumMap<Write, PreparedStatement> statements = new java.util.EnumMap<>(Write.class);
        private final java.util.EnumMap<Write, List<Object[]>> rows = new java.util.EnumMap<>(Write.class);

        Batches(Connection connection, IdRange range) throws SQLException {
            this.connection = connection;
            this.range = range;
            this.postgres = SequenceIds.isPostgres(connection);
        }

        void add(Write write, Object... values) throws SQLException {
            if (postgres && write.arraySql != null) {
                rows.computeIfAbsent(write, w -> new ArrayList<>()).add(values);
                return;
            }
            var statement = statements.get(write);
            if (statement == null) {
                statement = connection.prepareStatement(write.sql);
                statements.put(write, statement);
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.addBatch();
        }

        private void executeOverArrays(Write write, List<Object[]> values) throws SQLException {
            try (var statement = connection.prepareStatement(write.arraySql)) {
                for (int column = 0; column < write.arrayTypes.length; column++) {
                    var array = new Object[values.size()];
                    for (int row = 0; row < array.length; row++) {
                        array[row] = values.get(row)[column];
                    }
                    statement.setArray(column + 1, connection.createArrayOf(write.arrayTypes[column], array));
                }
                if (write.arraySql.chars().filter(c -> c == '?').count() > write.arrayTypes.length) {
                    // Updates name the range's open cases too, so the planner joins through an index
                    // instead of scanning every case ever opened.
                    statement.setLong(write.arrayTypes.length + 1, range.from());
                    statement.setLong(write.arrayTypes.length + 2, range.to());
                }
                statement.executeUpdate();
            }
        }

        void flush() throws SQLException {
            try {
                for (var write : Write.values()) {
                    var batch = statements.get(write);
                    if (batch != null) {
                        batch.executeBatch();
                    }
                    var pending = rows.get(write);
                    if (pending != null) {
                        executeOverArrays(write, pending);
                    }
                }
            } finally {
                for (var statement : statements.values()) {
                    statement.close();
                }
            }
        }
    }

    /** Audit events written with the range's work, by JDBC in one batch. */
    static final class AuditRows {
        private final Connection connection;
        private final PreparedStatement insert;
        private final SequenceIds ids;
        private int pending;
        /** On PostgreSQL the rows go in at the end in one statement over arrays (see {@link Batches}). */
        private final List<Object[]> rows;

        AuditRows(Connection connection) throws SQLException {
            this.connection = connection;
            this.ids = new SequenceIds(connection, "audit_event_seq");
            this.rows = SequenceIds.isPostgres(connection) ? new ArrayList<>() : null;
            this.insert = connection.prepareStatement(
                    rows != null
                            ? "INSERT INTO audit_event (id, occurred_at, actor, event_type, subject_type, subject_id,"
                                    + " detail) SELECT v.id, CAST(v.at AS TIMESTAMP), 'system', v.type, v.subject,"
                                    + " v.subject_id, v.detail FROM unnest(?, ?, ?, ?, ?, ?)"
                                    + " AS v(id, at, type, subject, subject_id, detail)"
                            : "INSERT INTO audit_event (id, occurred_at, actor, event_type,"
                                    + " subject_type, subject_id, detail) VALUES (?, ?, 'system', ?, ?, ?, ?)");
        }

        void add(CaseEvent type, long caseId, String detail, Instant at) throws SQLException {
            if (rows != null) {
                rows.add(new Object[] {
                    ids.next(),
                    at.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime().toString(),
                    type.name(),
                    CaseEvent.CASE,
                    Long.toString(caseId),
                    detail
                });
                pending++;
                return;
            }
            insert.setLong(1, ids.next());
            insert.setTimestamp(
                    2, Timestamp.valueOf(at.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime()));
            insert.setString(3, type.name());
            insert.setString(4, CaseEvent.CASE);
            insert.setString(5, Long.toString(caseId));
            if (detail == null) {
                insert.setNull(6, Types.VARCHAR);
            } else {
                insert.setString(6, detail);
            }
            insert.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            try (insert) {
                if (pending > 0 && rows != null) {
                    String[] types = {"int8", "varchar", "varchar", "varchar", "varchar", "varchar"};
                    for (int column = 0; column < types.length; column++) {
                        int c = column;
                        insert.setArray(
                                column + 1,
                                connection.createArrayOf(
                                        types[column],
                                        rows.stream().map(row -> row[c]).toArray()));
                    }
                    insert.executeUpdate();
                } else if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}

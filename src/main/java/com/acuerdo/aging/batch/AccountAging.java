package com.acuerdo.aging.batch;

import com.acuerdo.aging.control.DaysPastDue;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.SequenceIds;
import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ages one range of accounts on a business date with a few set-based statements: one query finds the
 * oldest unpaid overdue bill of every account of the range, one the pauses, the pure rule
 * {@link DaysPastDue} counts the days, and JDBC batches write back only the accounts whose figures
 * changed plus one bucket move per changed bucket (updated in place when the account already moved
 * on that date, so a move is never written twice). Running a range twice changes nothing.
 */
public final class AccountAging {

    /** Below one unit of the currency a bill counts as paid (cents are never chased). */
    public static final BigDecimal TOLERANCE = BigDecimal.ONE;

    /** Accounts read (those that could change), changed, and bucket moves written. */
    public record Counts(int accounts, int changed, int moves) {}

    private record Row(long id, long customerId, String currency, int days, AgingBucket bucket, LocalDate oldest) {}

    private record Existing(long id, AgingBucket from) {}

    private AccountAging() {}

    /** Ages the range by the buckets' ranges in force on the date ({@code scheme}, read once per step). */
    public static Counts age(
            Connection connection, IdRange range, CustomerScope scope, LocalDate date, BucketScheme scheme)
            throws SQLException {
        var rows = accounts(connection, range, scope, date);
        var pauses = pauses(connection, range, scope);
        var changes = new ArrayList<Object[]>();
        var moved = new ArrayList<Row>();
        var newDays = new HashMap<Long, Integer>();
        for (var row : rows) {
            int days = 0;
            if (row.oldest() != null) {
                var tolerance = Money.of(TOLERANCE, row.currency());
                days = DaysPastDue.on(
                        date,
                        List.of(new DaysPastDue.Due(row.oldest(), tolerance)),
                        tolerance,
                        pauses.getOrDefault(row.id(), List.of()));
            }
            var bucket = scheme.bucketOf(days);
            if (days != row.days() || bucket != row.bucket()) {
                changes.add(new Object[] {days, bucket.name(), Date.valueOf(date), row.id()});
                newDays.put(row.id(), days);
                if (bucket != row.bucket()) {
                    moved.add(row);
                }
            }
        }
        if (!changes.isEmpty() && SequenceIds.isPostgres(connection)) {
            // One statement for the range: a JDBC batch would still cost the server one statement per row.
            try (var update = connection.prepareStatement("UPDATE account a SET days_past_due = v.days,"
                    + " bucket = v.bucket, aged_on = ?, version = a.version + 1"
                    // The range's bounds let the planner join through the key, not scan the whole table.
                    + " FROM unnest(?, ?, ?) AS v(id, days, bucket) WHERE a.id = v.id AND a.id BETWEEN ? AND ?")) {
                update.setDate(1, Date.valueOf(date));
                update.setArray(
                        2,
                        connection.createArrayOf(
                                "int8", changes.stream().map(c -> c[3]).toArray()));
                update.setArray(
                        3,
                        connection.createArrayOf(
                                "int4", changes.stream().map(c -> c[0]).toArray()));
                update.setArray(
                        4,
                        connection.createArrayOf(
                                "varchar", changes.stream().map(c -> c[1]).toArray()));
                update.setLong(5, range.from());
                update.setLong(6, range.to());
                update.executeUpdate();
            }
        } else if (!changes.isEmpty()) {
            try (var update = connection.prepareStatement("UPDATE account SET days_past_due = ?, bucket = ?,"
                    + " aged_on = ?, version = version + 1 WHERE id = ?")) {
                for (var change : changes) {
                    update.setInt(1, (Integer) change[0]);
                    update.setString(2, (String) change[1]);
                    update.setDate(3, (Date) change[2]);
                    update.setLong(4, (Long) change[3]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        int moves = writeMoves(connection, range, date, moved, newDays, scheme);
        return new Counts(rows.size(), changes.size(), moves);
    }

    private static List<Row> accounts(Connection connection, IdRange range, CustomerScope scope, LocalDate date)
            throws SQLException {
        var rows = new ArrayList<Row>();
        try (var query = connection.prepareStatement(
                "SELECT a.id, a.customer_id, a.currency, a.days_past_due, a.bucket, o.oldest FROM account a"
                        + " LEFT JOIN (SELECT b.account_id, MIN(b.due_date) AS oldest FROM bill b"
                        + " WHERE b.account_id BETWEEN ? AND ? AND b.due_date < ?"
                        + " AND b.amount_due - b.amount_paid >= ? GROUP BY b.account_id) o ON o.account_id = a.id"
                        + " WHERE a.id BETWEEN ? AND ? AND a.customer_id BETWEEN ? AND ?"
                        // A current account without an overdue bill stays as it is: most of the portfolio.
                        + " AND (o.oldest IS NOT NULL OR a.days_past_due <> 0 OR a.bucket <> 'CURRENT')")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            query.setDate(3, Date.valueOf(date));
            query.setBigDecimal(4, TOLERANCE);
            query.setLong(5, range.from());
            query.setLong(6, range.to());
            query.setLong(7, scope.first());
            query.setLong(8, scope.last());
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    var oldest = result.getDate(6);
                    rows.add(new Row(
                            result.getLong(1),
                            result.getLong(2),
                            result.getString(3).trim(),
                            result.getInt(4),
                            AgingBucket.valueOf(result.getString(5).trim()),
                            oldest == null ? null : oldest.toLocalDate()));
                }
            }
        }
        return rows;
    }

    /** Disputes and approved pauses of the account itself or of its whole client. */
    private static Map<Long, List<PausePeriod>> pauses(Connection connection, IdRange range, CustomerScope scope)
            throws SQLException {
        var pauses = new HashMap<Long, List<PausePeriod>>();
        try (var query = connection.prepareStatement("SELECT a.id, r.from_date, r.until_date FROM contact_restriction r"
                + " JOIN account a ON a.customer_id = r.customer_id"
                + " WHERE a.id BETWEEN ? AND ? AND a.customer_id BETWEEN ? AND ?"
                + " AND r.restriction_type IN ('DISPUTE', 'PAUSE')"
                + " AND (r.account_id IS NULL OR r.account_id = a.id)"
                + " AND (r.until_date IS NULL OR r.until_date >= r.from_date)")) {
            query.setLong(1, range.from());
            query.setLong(2, range.to());
            query.setLong(3, scope.first());
            query.setLong(4, scope.last());
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    var until = result.getDate(3);
                    pauses.computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
                            .add(new PausePeriod(
                                    result.getDate(2).toLocalDate(),
                                    Optional.ofNullable(until).map(Date::toLocalDate)));
                }
            }
        }
        return pauses;
    }

    private static int writeMoves(
            Connection connection,
            IdRange range,
            LocalDate date,
            List<Row> moved,
            Map<Long, Integer> newDays,
            BucketScheme scheme)
            throws SQLException {
        if (moved.isEmpty()) {
            return 0;
        }
        // A move already written on this date (an earlier run of the day): it keeps its origin.
        var existing = new HashMap<Long, Existing>();
        try (var query = connection.prepareStatement("SELECT id, account_id, from_bucket FROM bucket_move"
                + " WHERE moved_on = ? AND account_id BETWEEN ? AND ?")) {
            query.setDate(1, Date.valueOf(date));
            query.setLong(2, range.from());
            query.setLong(3, range.to());
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    existing.put(
                            result.getLong(2),
                            new Existing(
                                    result.getLong(1),
                                    AgingBucket.valueOf(result.getString(3).trim())));
                }
            }
        }
        var ids = new SequenceIds(connection, "bucket_move_seq");
        int written = 0;
        try (var insert = connection.prepareStatement("INSERT INTO bucket_move (id, account_id, customer_id,"
                        + " from_bucket, to_bucket, moved_on, days_past_due) VALUES (?, ?, ?, ?, ?, ?, ?)");
                var update = connection.prepareStatement(
                        "UPDATE bucket_move SET to_bucket = ?, days_past_due = ? WHERE id = ?");
                var delete = connection.prepareStatement("DELETE FROM bucket_move WHERE id = ?")) {
            for (var row : moved) {
                int days = newDays.get(row.id());
                var to = scheme.bucketOf(days);
                var earlier = existing.get(row.id());
                if (earlier == null) {
                    insert.setLong(1, ids.next());
                    insert.setLong(2, row.id());
                    insert.setLong(3, row.customerId());
                    insert.setString(4, row.bucket().name());
                    insert.setString(5, to.name());
                    insert.setDate(6, Date.valueOf(date));
                    insert.setInt(7, days);
                    insert.addBatch();
                    written++;
                } else if (earlier.from() == to) {
                    delete.setLong(1, earlier.id());
                    delete.addBatch();
                } else {
                    update.setString(1, to.name());
                    update.setInt(2, days);
                    update.setLong(3, earlier.id());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
        return written;
    }
}

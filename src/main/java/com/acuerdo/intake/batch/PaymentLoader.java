package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.IdBlocks;
import com.acuerdo.intake.control.ImportRow.PaymentRow;
import com.acuerdo.intake.control.OpenBill;
import com.acuerdo.intake.control.PaymentPosting;
import com.acuerdo.intake.control.RowRules;
import com.acuerdo.platform.money.MinorUnits;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Posts the chunk's new payments with their allocations to the oldest open bills, in a few set-wise
 * statements: known payments, accounts and open bills are read with one query each, and payments,
 * allocations and the bills' paid amounts are written as JDBC batches (the goal is 50,000 rows a
 * second). It runs in the chunk's transaction, on the same data source as JPA.
 */
@Dependent
class PaymentLoader {

    private static final int ID_BLOCK = 50; // the sequences' INCREMENT BY, as EclipseLink uses them

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    record AccountRef(long id, String currency) {}

    record Known(long accountId, LocalDate paidOn, BigDecimal amount) {}

    private record Posted(PaymentRow row, AccountRef account, PaymentPosting.Posting posting) {}

    record NewPayment(long id, long accountId, PaymentRow row, String currency, BigDecimal unallocated) {}

    record NewAllocation(long id, long paymentId, long billId, BigDecimal amount, String currency) {}

    LoadResult load(List<PaymentRow> rows) {
        var result = new LoadResult();
        if (rows.isEmpty()) {
            return result;
        }
        try (var connection = dataSource.getConnection()) {
            var ids = new Ids(connection);
            var known = knownPayments(ids.postgres, connection, rows);
            var accounts = accounts(ids.postgres, connection, rows);
            var openBills = openBills(ids.postgres, connection, accounts.values());
            var posted = new ArrayList<Posted>();
            int allocationCount = 0;
            for (var row : rows) {
                var account = accounts.get(row.accountId());
                if (account == null) {
                    result.reject(
                            row,
                            "account_id: unknown account '" + row.accountId() + "' (import the accounts file first)");
                    continue;
                }
                if (!RowRules.fitsCurrency(row.amount(), account.currency())) {
                    result.reject(
                            row,
                            "amount: '" + row.amount().toPlainString() + "' has more decimals than "
                                    + account.currency() + " allows (" + MinorUnits.of(account.currency()) + ")");
                    continue;
                }
                var before = known.get(row.paymentId());
                if (before != null) {
                    if (before.equals(
                            new Known(account.id(), row.paidOn(), row.amount().stripTrailingZeros()))) {
                        result.unchanged++; // a re-run: a payment id is posted once
                    } else {
                        result.reject(
                                row,
                                "payment_id: payment '" + row.paymentId()
                                        + "' is already posted with other values; a posted payment never changes");
                    }
                    continue;
                }
                var posting = PaymentPosting.post(row.amount(), openBills.getOrDefault(account.id(), List.of()));
                posted.add(new Posted(row, account, posting));
                allocationCount += posting.allocations().size();
                known.put(
                        row.paymentId(),
                        new Known(account.id(), row.paidOn(), row.amount().stripTrailingZeros()));
                result.inserted++;
            }
            // Ids once the chunk's decisions are made: one round trip per sequence on PostgreSQL.
            var paymentIds = ids.take("payment_seq", posted.size());
            var allocationIds = ids.take("payment_allocation_seq", allocationCount);
            var payments = new ArrayList<NewPayment>(posted.size());
            var allocations = new ArrayList<NewAllocation>(allocationCount);
            int nextAllocation = 0;
            for (int i = 0; i < posted.size(); i++) {
                var p = posted.get(i);
                long paymentId = paymentIds[i];
                payments.add(new NewPayment(
                        paymentId,
                        p.account().id(),
                        p.row(),
                        p.account().currency(),
                        p.posting().unallocated()));
                for (var allocation : p.posting().allocations()) {
                    allocations.add(new NewAllocation(
                            allocationIds[nextAllocation++],
                            paymentId,
                            allocation.billId(),
                            allocation.amount(),
                            p.account().currency()));
                }
            }
            var changedBills = openBills.values().stream()
                    .flatMap(List::stream)
                    .filter(OpenBill::changed)
                    .toList();
            if (ids.postgres) {
                PostgresPayments.commitWithoutWaiting(connection);
                PostgresPayments.insertPayments(connection, payments);
                PostgresPayments.insertAllocations(connection, allocations);
                PostgresPayments.updateBills(connection, changedBills);
            } else {
                insertPayments(connection, payments);
                insertAllocations(connection, allocations);
                updateBills(connection, changedBills);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("posting payments failed: " + e.getMessage(), e);
        }
        return result;
    }

    private static Map<String, Known> knownPayments(boolean postgres, Connection connection, List<PaymentRow> rows)
            throws SQLException {
        var ids = rows.stream().map(PaymentRow::paymentId).distinct().toList();
        var known = new HashMap<String, Known>();
        try (var query = connection.prepareStatement("select external_id, account_id, paid_on, amount from payment"
                + " where external_id " + among(postgres, ids.size()))) {
            bind(postgres, connection, "varchar", query, ids);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    known.put(
                            rs.getString(1),
                            new Known(
                                    rs.getLong(2),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getBigDecimal(4).stripTrailingZeros()));
                }
            }
        }
        return known;
    }

    private static Map<String, AccountRef> accounts(boolean postgres, Connection connection, List<PaymentRow> rows)
            throws SQLException {
        var ids = rows.stream().map(PaymentRow::accountId).distinct().toList();
        var accounts = new HashMap<String, AccountRef>();
        try (var query = connection.prepareStatement(
                "select external_id, id, currency from account where external_id " + among(postgres, ids.size()))) {
            bind(postgres, connection, "varchar", query, ids);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    accounts.put(
                            rs.getString(1),
                            new AccountRef(rs.getLong(2), rs.getString(3).strip()));
                }
            }
        }
        return accounts;
    }

    private static Map<Long, List<OpenBill>> openBills(
            boolean postgres, Connection connection, Collection<AccountRef> accounts) throws SQLException {
        var bills = new HashMap<Long, List<OpenBill>>();
        if (accounts.isEmpty()) {
            return bills;
        }
        var ids = accounts.stream().map(AccountRef::id).toList();
        try (var query = connection.prepareStatement(
                "select account_id, id, due_date, amount_due, amount_paid, version from bill"
                        + " where amount_paid < amount_due and account_id " + among(postgres, ids.size()))) {
            bind(postgres, connection, "bigint", query, ids);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    bills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new OpenBill(
                                    rs.getLong(2),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getLong(6)));
                }
            }
        }
        return bills;
    }

    /** Rows per INSERT statement: one multi-row statement is far cheaper than a batch of single rows. */
    private static final int ROWS_PER_INSERT = 250;

    private static void insertPayments(Connection connection, List<NewPayment> payments) throws SQLException {
        insertRows(
                connection,
                "insert into payment (id, external_id, account_id, paid_on, amount, amount_currency, unallocated,"
                        + " unallocated_currency, channel, version) values ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                payments,
                (insert, i, p) -> {
                    insert.setLong(i, p.id());
                    insert.setString(i + 1, p.row().paymentId());
                    insert.setLong(i + 2, p.accountId());
                    insert.setDate(i + 3, Date.valueOf(p.row().paidOn()));
                    insert.setBigDecimal(i + 4, p.row().amount());
                    insert.setString(i + 5, p.currency());
                    insert.setBigDecimal(i + 6, p.unallocated());
                    insert.setString(i + 7, p.currency());
                    insert.setString(i + 8, p.row().channel());
                    return i + 9;
                });
    }

    private static void insertAllocations(Connection connection, List<NewAllocation> allocations) throws SQLException {
        insertRows(
                connection,
                "insert into payment_allocation (id, payment_id, bill_id, amount, amount_currency) values ",
                "(?, ?, ?, ?, ?)",
                allocations,
                (insert, i, a) -> {
                    insert.setLong(i, a.id());
                    insert.setLong(i + 1, a.paymentId());
                    insert.setLong(i + 2, a.billId());
                    insert.setBigDecimal(i + 3, a.amount());
                    insert.setString(i + 4, a.currency());
                    return i + 5;
                });
    }

    private interface RowBinder<T> {
        /** Binds one row from parameter {@code index}; answers the next free index. */
        int bind(PreparedStatement statement, int index, T row) throws SQLException;
    }

    private static <T> void insertRows(
            Connection connection, String insert, String values, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            var part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (var statement =
                    connection.prepareStatement(insert + String.join(", ", Collections.nCopies(part.size(), values)))) {
                int index = 1;
                for (var row : part) {
                    index = binder.bind(statement, index, row);
                }
                statement.executeUpdate();
            }
        }
    }

    /** Each bill once, with the version it was read at: a concurrent change fails the chunk. */
    private static void updateBills(Connection connection, List<OpenBill> bills) throws SQLException {
        if (bills.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement(
                "update bill set amount_paid = ?, version = version + 1 where id = ? and version = ?")) {
            for (var bill : bills) {
                update.setBigDecimal(1, bill.amountPaid());
                update.setLong(2, bill.id());
                update.setLong(3, bill.version());
                update.addBatch();
            }
            for (int count : update.executeBatch()) {
                if (count == 0) {
                    throw new OptimisticLockException("a bill changed while payments were posted; restart the import");
                }
            }
        }
    }

    /** PostgreSQL takes the keys as one array parameter (one plan, no 5,000 binds); others an IN list. */
    private static String among(boolean postgres, int count) {
        return postgres
                ? "= any(?)"
                : "in (" + Collections.nCopies(count, "?").stream().collect(Collectors.joining(",")) + ")";
    }

    private static void bind(
            boolean postgres, Connection connection, String arrayType, PreparedStatement statement, List<?> values)
            throws SQLException {
        if (postgres) {
            statement.setArray(1, connection.createArrayOf(arrayType, values.toArray()));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    /** Ids from the entities' sequences, a block of 50 per NEXTVAL, exactly as EclipseLink takes them. */
    private static final class Ids {
        private final Connection connection;
        final boolean postgres;
        private final Map<String, long[]> blocks = new HashMap<>();

        Ids(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        }

        /** {@code count} fresh ids; PostgreSQL hands all the blocks they need in one query. */
        long[] take(String sequence, int count) throws SQLException {
            var taken = new long[count];
            if (count == 0) {
                return taken;
            }
            if (postgres) {
                int needed = IdBlocks.blocksFor(count, ID_BLOCK);
                try (var query =
                        connection.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
                    query.setInt(1, needed);
                    try (var rs = query.executeQuery()) {
                        var firsts = new long[needed];
                        int i = 0;
                        while (rs.next()) {
                            firsts[i++] = rs.getLong(1);
                        }
                        return IdBlocks.spread(firsts, ID_BLOCK, count);
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                taken[i] = next(sequence);
            }
            return taken;
        }

        private long next(String sequence) throws SQLException {
            var block = blocks.get(sequence);
            if (block == null || block[0] >= block[1]) {
                long first = nextval(sequence);
                block = new long[] {first, first + ID_BLOCK};
                blocks.put(sequence, block);
            }
            return block[0]++;
        }

        private long nextval(String sequence) throws SQLException {
            var sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery(sql)) {
                rs.next();
                return Objects.requireNonNull(rs.getLong(1));
            }
        }
    }
}

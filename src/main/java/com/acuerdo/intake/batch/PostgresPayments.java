package com.acuerdo.intake.batch;

import com.acuerdo.intake.batch.PaymentLoader.NewAllocation;
import com.acuerdo.intake.batch.PaymentLoader.NewPayment;
import com.acuerdo.intake.control.OpenBill;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The payments import's writes on PostgreSQL: each table gets the whole chunk in ONE statement:
 * payments and allocations by {@code COPY} (the bulk-load path), the bills' paid amounts by one
 * {@code UPDATE … FROM unnest(…)} with the columns passed as arrays.
 */
final class PostgresPayments {

    private PostgresPayments() {}

    /**
     * The chunk's commit does not wait for its WAL flush (this transaction only). Safe for a restartable
     * import: the chunk's rows, counts and checkpoint commit together, and a database crash can only lose
     * the newest commits (WAL order), so a restart reads those rows again.
     */
    static void commitWithoutWaiting(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local synchronous_commit = off");
        }
    }

    /**
     * The chunk's new payments through {@code COPY … FROM STDIN} (text format): PostgreSQL's bulk path
     * parses the rows itself, no array parameters to build, encode and unnest.
     */
    static void insertPayments(Connection connection, List<NewPayment> payments) throws SQLException {
        if (payments.isEmpty()) {
            return;
        }
        var text = new StringBuilder(payments.size() * 96);
        for (var p : payments) {
            text.append(p.id()).append('\t');
            field(text, p.row().paymentId()).append('\t');
            text.append(p.accountId()).append('\t');
            text.append(p.row().paidOn()).append('\t');
            text.append(p.row().amount().toPlainString()).append('\t');
            field(text, p.currency()).append('\t');
            text.append(p.unallocated().toPlainString()).append('\t');
            field(text, p.currency()).append('\t');
            field(text, p.row().channel()).append("\t1\n");
        }
        copy(
                connection,
                "copy payment (id, external_id, account_id, paid_on, amount, amount_currency, unallocated,"
                        + " unallocated_currency, channel, version) from stdin",
                text);
    }

    static void insertAllocations(Connection connection, List<NewAllocation> allocations) throws SQLException {
        if (allocations.isEmpty()) {
            return;
        }
        var text = new StringBuilder(allocations.size() * 48);
        for (var a : allocations) {
            text.append(a.id()).append('\t');
            text.append(a.paymentId()).append('\t');
            text.append(a.billId()).append('\t');
            text.append(a.amount().toPlainString()).append('\t');
            field(text, a.currency()).append('\n');
        }
        copy(connection, "copy payment_allocation (id, payment_id, bill_id, amount, amount_currency) from stdin", text);
    }

    private static void copy(Connection connection, String sql, CharSequence rows) throws SQLException {
        try {
            connection
                    .unwrap(org.postgresql.PGConnection.class)
                    .getCopyAPI()
                    .copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** A text-format COPY field: NULL as \N; backslash, tab and line ends escaped. */
    static StringBuilder field(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }

    /** Every changed bill in one statement, each at the version it was read (optimistic lock). */
    static void updateBills(Connection connection, List<OpenBill> bills) throws SQLException {
        if (bills.isEmpty()) {
            return;
        }
        int n = bills.size();
        var ids = new Long[n];
        var paid = new BigDecimal[n];
        var versions = new Long[n];
        for (int i = 0; i < n; i++) {
            var bill = bills.get(i);
            ids[i] = bill.id();
            paid[i] = bill.amountPaid();
            versions[i] = bill.version();
        }
        try (var update = connection.prepareStatement("update bill set amount_paid = v.paid, version = bill.version + 1"
                + " from unnest(?::bigint[], ?::numeric[], ?::bigint[]) as v (id, paid, read_version)"
                + " where bill.id = v.id and bill.version = v.read_version")) {
            update.setArray(1, connection.createArrayOf("bigint", ids));
            update.setArray(2, connection.createArrayOf("numeric", paid));
            update.setArray(3, connection.createArrayOf("bigint", versions));
            if (update.executeUpdate() != n) {
                throw new OptimisticLockException("a bill changed while payments were posted; restart the import");
            }
        }
    }
}

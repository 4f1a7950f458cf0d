package com.acuerdo.intake.batch;

import com.acuerdo.intake.batch.PaymentLoader.NewAllocation;
import com.acuerdo.intake.batch.PaymentLoader.NewPayment;
import com.acuerdo.intake.control.OpenBill;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The payments import's writes on PostgreSQL: each table gets the whole chunk in ONE statement, its
 * columns passed as arrays and turned into rows by {@code unnest} (set-based, one round trip, one
 * plan) instead of thousands of bound rows.
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

    static void insertPayments(Connection connection, List<NewPayment> payments) throws SQLException {
        if (payments.isEmpty()) {
            return;
        }
        int n = payments.size();
        var ids = new Long[n];
        var externalIds = new String[n];
        var accounts = new Long[n];
        var paidOn = new String[n];
        var amounts = new BigDecimal[n];
        var currencies = new String[n];
        var unallocated = new BigDecimal[n];
        var channels = new String[n];
        for (int i = 0; i < n; i++) {
            var p = payments.get(i);
            ids[i] = p.id();
            externalIds[i] = p.row().paymentId();
            accounts[i] = p.accountId();
            paidOn[i] = p.row().paidOn().toString();
            amounts[i] = p.row().amount();
            currencies[i] = p.currency();
            unallocated[i] = p.unallocated();
            channels[i] = p.row().channel();
        }
        try (var insert = connection.prepareStatement(
                "insert into payment (id, external_id, account_id, paid_on, amount, amount_currency, unallocated,"
                        + " unallocated_currency, channel, version)"
                        + " select u.id, u.external_id, u.account_id, u.paid_on::date, u.amount, u.currency,"
                        + " u.unallocated, u.currency, u.channel, 1"
                        + " from unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[], ?::numeric[],"
                        + " ?::varchar[], ?::numeric[], ?::varchar[])"
                        + " as u (id, external_id, account_id, paid_on, amount, currency, unallocated, channel)")) {
            insert.setArray(1, connection.createArrayOf("bigint", ids));
            insert.setArray(2, connection.createArrayOf("varchar", externalIds));
            insert.setArray(3, connection.createArrayOf("bigint", accounts));
            insert.setArray(4, connection.createArrayOf("varchar", paidOn));
            insert.setArray(5, connection.createArrayOf("numeric", amounts));
            insert.setArray(6, connection.createArrayOf("varchar", currencies));
            insert.setArray(7, connection.createArrayOf("numeric", unallocated));
            insert.setArray(8, connection.createArrayOf("varchar", channels));
            insert.executeUpdate();
        }
    }

    static void insertAllocations(Connection connection, List<NewAllocation> allocations) throws SQLException {
        if (allocations.isEmpty()) {
            return;
        }
        int n = allocations.size();
        var ids = new Long[n];
        var payments = new Long[n];
        var bills = new Long[n];
        var amounts = new BigDecimal[n];
        var currencies = new String[n];
        for (int i = 0; i < n; i++) {
            var a = allocations.get(i);
            ids[i] = a.id();
            payments[i] = a.paymentId();
            bills[i] = a.billId();
            amounts[i] = a.amount();
            currencies[i] = a.currency();
        }
        try (var insert = connection.prepareStatement(
                "insert into payment_allocation (id, payment_id, bill_id, amount, amount_currency)"
                        + " select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[], ?::varchar[])")) {
            insert.setArray(1, connection.createArrayOf("bigint", ids));
            insert.setArray(2, connection.createArrayOf("bigint", payments));
            insert.setArray(3, connection.createArrayOf("bigint", bills));
            insert.setArray(4, connection.createArrayOf("numeric", amounts));
            insert.setArray(5, connection.createArrayOf("varchar", currencies));
            insert.executeUpdate();
        }
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

package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.ImportRow.PaymentRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import com.acuerdo.intake.control.RepeatedIds;
import com.acuerdo.platform.batch.SequenceIds;
import com.acuerdo.platform.money.MinorUnits;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The payments import, set-based. The file's checked rows are staged in a table of the run's own
 * ({@code payment_stage_<run>}); then every row is decided — posts, unchanged (a payment id already
 * posted, or repeated in the file, with the same values) or rejected (unknown account, more decimals
 * than the currency allows, a posted payment id with other values) — slice by slice of the lines, and
 * one transaction writes the rejects and counts them; then each part of the accounts (by id modulo
 * the parts) is posted in a transaction of its own: payments, their allocation to the oldest open
 * bills first, the bills' paid amounts. A restart skips what was decided and the parts already posted,
 * so nothing is decided, counted or posted twice. Runs on the caller's connection and transaction;
 * PostgreSQL and H2.
 */
public final class StagedPayments {

    private final Connection connection;
    private final boolean postgres;
    private final long run;

    StagedPayments(Connection connection, long run) throws SQLException {
        this.connection = connection;
        this.postgres = SequenceIds.isPostgres(connection);
        this.run = run;
    }

    private String stage() {
        return "payment_stage_" + run;
    }

    private String repeats() {
        return "payment_repeat_" + run;
    }

    private String decided() {
        return "payment_post_" + run;
    }

    private String firstLines() {
        return repeats() + "_lines";
    }

    private String allocations(int part) {
        return "payment_alloc_" + run + "_" + part;
    }

    /**
     * PostgreSQL: this transaction's sorts and hashes (a million rows) stay in memory, and its plans
     * are not compiled (JIT costs more than it saves on these statements).
     */
    void largeSorts() throws SQLException {
        if (postgres) {
            execute("SET LOCAL work_mem = '256MB'");
            execute("SET LOCAL jit = off");
        }
    }

    /**
     * Stages the whole file, row by row as it is read, in the caller's transaction (a kill rolls it all
     * back; the step then stages again from the start): each row with its own verdict, a row refused
     * by its own checks with its reason. On PostgreSQL the rows stream into COPY while the next ones are
     * read, so the database parses on one core while this server reads on the other.
     *
     * @return the rows read
     */
    long stageAll(Iterator<ImportRow> rows) throws SQLException {
        execute("DROP TABLE IF EXISTS " + stage());
        execute(createTable() + stage() + " (line BIGINT NOT NULL, payment_id VARCHAR(64), account_ext VARCHAR(64),"
                + " paid_on DATE, amount NUMERIC(34, 16), decimals INTEGER, amount_text VARCHAR(64),"
                + " channel VARCHAR(32), raw_row VARCHAR(2000), reason VARCHAR(1000))");
        long read = 0;
        var ids = new RepeatedIds();
        if (postgres) {
            try (var copy = PostgresCopy.open(connection, "COPY " + stage() + " FROM STDIN")) {
                var text = new StringBuilder(1 << 17);
                while (rows.hasNext()) {
                    var row = rows.next();
                    if (row instanceof PaymentRow payment) {
                        ids.add(payment.paymentId());
                    }
                    copyLine(text, row);
                    read++;
                    if (text.length() >= 1 << 16) {
                        copy.write(text);
                        text.setLength(0);
                    }
                }
                copy.write(text);
                copy.end();
            }
        } else {
            try (var insert = connection.prepareStatement("INSERT INTO " + stage() + " (line, payment_id, account_ext,"
                    + " paid_on, amount, decimals, amount_text, channel, raw_row, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                while (rows.hasNext()) {
                    var row = rows.next();
                    if (row instanceof PaymentRow payment) {
                        ids.add(payment.paymentId());
                    }
                    bind(insert, row);
                    insert.addBatch();
                    if (++read % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            // H2 joins through indexes only: the decision finds rejected lines by their number.
            execute("CREATE INDEX " + stage() + "_line ON " + stage() + " (line)");
        }
        analyze(stage()); // the decision's slices are planned by their lines' figures
        // The ids on more than one line, found while reading: the decision compares only their lines.
        execute("DROP TABLE IF EXISTS " + repeats());
        execute(createTable() + repeats() + " (payment_id VARCHAR(64) NOT NULL)");
        try (var insert = connection.prepareStatement("INSERT INTO " + repeats() + " (payment_id) VALUES (?)")) {
            for (var id : ids.repeated()) {
                insert.setString(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var update = connection.prepareStatement("UPDATE import_run SET read_count = ? WHERE id = ?")) {
            update.setLong(1, read);
            update.setLong(2, run);
            update.executeUpdate();
        }
        return read;
    }

    private static void bind(PreparedStatement insert, ImportRow row) throws SQLException {
        insert.setLong(1, row.line());
        if (row instanceof PaymentRow p) {
            insert.setString(2, p.paymentId());
            insert.setString(3, p.accountId());
            insert.setDate(4, Date.valueOf(p.paidOn()));
            insert.setBigDecimal(5, p.amount());
            insert.setInt(6, decimals(p));
            insert.setString(7, p.amount().toPlainString());
            insert.setString(8, p.channel());
            insert.setString(9, raw(p));
            insert.setNull(10, Types.VARCHAR);
        } else {
            var rejected = (Rejected) row;
            for (int i = 2; i <= 8; i++) {
                insert.setNull(
                        i, i == 4 ? Types.DATE : i == 5 ? Types.NUMERIC : i == 6 ? Types.INTEGER : Types.VARCHAR);
            }
            insert.setString(9, raw(rejected));
            insert.setString(10, cut(rejected.reason(), 1000));
        }
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void copyLine(StringBuilder text, ImportRow row) {
        text.append(row.line()).append('\t');
        if (row instanceof PaymentRow p) {
            escaped(text, p.paymentId()).append('\t');
            escaped(text, p.accountId()).append('\t');
            text.append(p.paidOn()).append('\t');
            var amount = p.amount().toPlainString();
            text.append(amount).append('\t');
            text.append(decimals(p)).append('\t');
            text.append(amount).append('\t');
            escaped(text, p.channel()).append('\t');
            escaped(text, raw(p)).append("\t\\N\n");
        } else {
            var rejected = (Rejected) row;
            text.append("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t");
            escaped(text, raw(rejected)).append('\t');
            escaped(text, cut(rejected.reason(), 1000)).append('\n');
        }
    }

    private static StringBuilder escaped(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        if (!needsEscape(value)) { // almost every value: copied at once
            return text.append(value);
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

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static int decimals(PaymentRow row) {
        return Math.max(row.amount().stripTrailingZeros().scale(), 0);
    }

    private static String raw(ImportRow row) {
        return cut(row.raw(), 2000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** What the decision found: rows to post, unchanged rows, rejected rows. */
    public record Decision(long posts, long unchanged, long rejected) {}

    /** Decides every staged row in one go, in the caller's transaction: the slices one after the other. */
    Decision decide(int parts, int slices) throws SQLException {
        prepareDecision();
        for (int slice = 0; slice < slices; slice++) {
            resolve(slice, slices, parts);
        }
        return conclude(parts, slices);
    }

    /**
     * First of the decision's three steps: drops what an interrupted decision left and finds the first
     * line of every payment id that is on several lines. Then {@link #resolve} decides each slice of the
     * lines (on PostgreSQL in sessions of their own, at once) and {@link #conclude} writes the rejects and
     * the counts. Only the last commits the decision: after a kill before it, the decision starts again.
     */
    void prepareDecision() throws SQLException {
        dropDecided();
        // A payment id on several lines (rare; staged in repeats()) is posted by its first valid line, and
        // the other lines are compared with it.
        boolean anyRepeated = countOf("SELECT COUNT(*) FROM " + repeats()) > 0;
        analyze(repeats());
        var firstLines = "SELECT s.payment_id, MIN(s.line) AS first_line FROM " + stage() + " s"
                + " JOIN " + repeats() + " r ON r.payment_id = s.payment_id"
                + " JOIN account a ON a.external_id = s.account_ext" + units()
                + " WHERE s.reason IS NULL AND (u.digits IS NULL OR s.decimals <= u.digits)"
                + " GROUP BY s.payment_id";
        execute("DROP TABLE IF EXISTS " + firstLines());
        // Usually there are none: the table is then created empty, without reading the stage.
        execute(createTable() + firstLines() + " AS SELECT f.payment_id, f.first_line, a.id AS first_account,"
                + " s.paid_on AS first_on, s.amount AS first_amount FROM (" + firstLines + ") f"
                + " JOIN " + stage() + " s ON s.line = f.first_line JOIN account a ON a.external_id = s.account_ext"
                + (anyRepeated ? "" : " WHERE 1 = 0"));
        analyze(firstLines());
    }

    /**
     * Decides one slice of the staged lines (the file's lines cut in {@code slices} ranges) into a table
     * of its own: each row's verdict, the payment already posted under its id, the first line of its id,
     * its part and, for a payment to post, its id.
     */
    void resolve(int slice, int slices, int parts) throws SQLException {
        var lines = "";
        if (slices > 1) {
            long size = (readCount() + slices - 1) / slices; // lines start at 2; empty lines are rare
            lines = " WHERE s.line > " + (1 + slice * size)
                    + (slice < slices - 1 ? " AND s.line <= " + (1 + (slice + 1) * size) : "");
        }
        // A row's verdict: R refused by its own checks when read, U unknown account, D too many decimals, V valid.
        var resolved = "SELECT s.line, s.payment_id, s.paid_on, s.amount, s.channel, a.id AS account_id, a.currency,"
                + " u.digits, p.account_id AS posted_account, p.paid_on AS posted_on, p.amount AS posted_amount,"
                + " CASE WHEN s.reason IS NOT NULL THEN 'R' WHEN a.id IS NULL THEN 'U'"
                + " WHEN s.decimals > u.digits THEN 'D' ELSE 'V' END AS verdict,"
                + " f.first_line, f.first_account, f.first_on, f.first_amount"
                + " FROM " + stage() + " s"
                + " LEFT JOIN account a ON a.external_id = s.account_ext" + units()
                + (postgres
                        // An index look-up per row: a hash join would read every payment ever posted.
                        ? " LEFT JOIN LATERAL (SELECT q.account_id, q.paid_on, q.amount FROM payment q"
                                + " WHERE q.external_id = s.payment_id LIMIT 1) p ON TRUE"
                        : " LEFT JOIN payment p ON p.external_id = s.payment_id")
                + " LEFT JOIN " + firstLines() + " f ON f.payment_id = s.payment_id" + lines;
        var table = slices == 1 ? decided() : decided() + "_" + slice;
        execute("DROP TABLE IF EXISTS " + table);
        // One NEXTVAL per payment: the sequence hands out blocks of 50 (as EclipseLink takes them), so a
        // row takes a whole block and ids never collide with JPA's; they are sparse, which costs nothing.
        execute(createTable() + table + " AS SELECT r.*,"
                + " CASE WHEN r.verdict = 'V' AND r.posted_account IS NULL"
                + " AND (r.first_line IS NULL OR r.first_line = r.line)"
                + " THEN " + nextval("payment_seq") + " END AS id,"
                + " MOD(r.account_id, " + parts + ") AS part"
                + " FROM (" + resolved + ") r");
        analyze(table); // the parts' plans need its figures
    }

    /** The decided rows of the slices as one (a view), where there are several. */
    void joinSlices(int slices) throws SQLException {
        if (slices > 1) {
            execute("CREATE VIEW " + decided() + " AS "
                    + IntStream.range(0, slices)
                            .mapToObj(slice -> "SELECT * FROM " + decided() + "_" + slice)
                            .collect(Collectors.joining(" UNION ALL ")));
        }
    }

    /**
     * Writes the rejects with their lines, adds the counts to the run and records the number of parts
     * the posting uses: the decision is made once this commits.
     */
    Decision conclude(int parts, int slices) throws SQLException {
        joinSlices(slices);
        // The line's own problems, then a payment id already posted (or on an earlier line) with other values.
        var problems = "SELECT line, verdict, currency, digits, payment_id FROM " + decided()
                + " WHERE verdict <> 'V' OR (id IS NULL AND NOT ("
                + " COALESCE(posted_account, first_account) = account_id"
                + " AND COALESCE(posted_on, first_on) = paid_on"
                + " AND COALESCE(posted_amount, first_amount) = amount))";
        long rejected = update("INSERT INTO import_reject (id, import_run_id, line, reason, raw_row)"
                + " SELECT " + nextval("import_reject_seq") + ", " + run + ", x.line, CASE x.verdict"
                + " WHEN 'R' THEN s.reason"
                + " WHEN 'U' THEN 'account_id: unknown account ''' || s.account_ext"
                + " || ''' (import the accounts file first)'"
                + " WHEN 'D' THEN 'amount: ''' || s.amount_text || ''' has more decimals than ' || TRIM(x.currency)"
                + " || ' allows (' || CAST(x.digits AS VARCHAR(2)) || ')'"
                + " WHEN 'V' THEN 'payment_id: payment ''' || x.payment_id"
                + " || ''' is already posted with other values; a posted payment never changes' END,"
                + " s.raw_row FROM (" + problems + ") x JOIN " + stage() + " s ON s.line = x.line");
        long posts;
        long valid;
        long invalid;
        try (var statement = connection.createStatement();
                var counts = statement.executeQuery("SELECT COUNT(id), COUNT(CASE WHEN verdict = 'V' THEN 1 END),"
                        + " COUNT(CASE WHEN verdict <> 'V' THEN 1 END) FROM " + decided())) {
            counts.next();
            posts = counts.getLong(1);
            valid = counts.getLong(2);
            invalid = counts.getLong(3);
        }
        long rejectedValid = rejected - invalid; // repeated or posted payment ids with other values
        var decision = new Decision(posts, valid - posts - rejectedValid, rejected);
        try (var update = connection.prepareStatement("UPDATE import_run SET inserted_count = inserted_count + ?,"
                + " unchanged_count = unchanged_count + ?, rejected_count = rejected_count + ?, posting_parts = ?,"
                + " version = version + 1 WHERE id = ? AND posting_parts IS NULL")) {
            update.setLong(1, decision.posts());
            update.setLong(2, decision.unchanged());
            update.setLong(3, decision.rejected());
            update.setInt(4, parts);
            update.setLong(5, run);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("import " + run + " was decided already");
            }
        }
        return decision;
    }

    /**
     * Posts one part: its payments, their allocations (each payment, in file order, pays the account's
     * open bills oldest due date first, what is left stays on it as credit) and the bills' new paid
     * amounts, at the versions read (a bill changed meanwhile fails the part), then marks it posted.
     *
     * @return the payments posted
     */
    long post(int part) throws SQLException {
        var table = allocations(part);
        execute("DROP TABLE IF EXISTS " + table);
        // Money as intervals: payment j covers (paid before it, paid up to it] of the account's running
        // total, bill i covers (owed before it, owed up to it]; the overlap is what j pays on i.
        if (postgres) {
            // The part's open bills by one scan, not an index look-up per account (several times slower).
            execute("SET LOCAL enable_nestloop = off");
            execute(createTable() + table + " AS WITH pay AS (" + payments(part) + "),"
                    + " owed AS (" + openBills("b.account_id IN (SELECT account_id FROM pay)") + ") "
                    + overlaps("pay", "owed"));
            execute("SET LOCAL enable_nestloop = on");
        } else {
            // H2 evaluates a derived table or an IN-subquery once per outer row: physical, indexed tables.
            execute("DROP TABLE IF EXISTS " + table + "_pay");
            execute("DROP TABLE IF EXISTS " + table + "_owed");
            execute("CREATE TABLE " + table + "_pay AS " + payments(part));
            execute("CREATE INDEX " + table + "_pay_account ON " + table + "_pay (account_id)");
            execute("CREATE TABLE " + table + "_owed AS "
                    + openBills("EXISTS (SELECT 1 FROM " + table + "_pay x WHERE x.account_id = b.account_id)"));
            execute("CREATE INDEX " + table + "_owed_account ON " + table + "_owed (account_id)");
            execute("CREATE TABLE " + table + " AS " + overlaps(table + "_pay", table + "_owed"));
            execute("CREATE INDEX " + table + "_payment ON " + table + " (payment_id)");
            execute("DROP TABLE " + table + "_pay");
            execute("DROP TABLE " + table + "_owed");
        }
        // Parts run at once: an even part writes its payments while an odd one writes its allocations and
        // bills, so the two sessions seldom append to the same tables and index pages at the same time.
        long posted;
        if (part % 2 == 0) {
            posted = insertPayments(part, table);
            insertAllocations(table);
            payBills(table);
        } else {
            insertAllocations(table);
            payBills(table);
            posted = insertPayments(part, table);
        }
        try (var mark = connection.prepareStatement(
                "INSERT INTO import_run_part (import_run_id, part, posted_at) VALUES (?, ?, ?)")) {
            mark.setLong(1, run);
            mark.setInt(2, part);
            mark.setTimestamp(3, Timestamp.from(Instant.now()));
            mark.executeUpdate();
        }
        execute("DROP TABLE " + table);
        return posted;
    }

    /** The part's payments, each with what its allocations left as credit. */
    private long insertPayments(int part, String allocations) throws SQLException {
        return update("INSERT INTO payment (id, external_id, account_id, paid_on, amount, amount_currency,"
                + " unallocated, unallocated_currency, channel, version)"
                + " SELECT n.id, n.payment_id, n.account_id, n.paid_on, n.amount, n.currency,"
                + (postgres
                        ? " n.amount - COALESCE(a.allocated, 0), n.currency, n.channel, 1 FROM " + decided() + " n"
                                + " LEFT JOIN (SELECT payment_id, SUM(amount) AS allocated FROM " + allocations
                                + " GROUP BY payment_id) a ON a.payment_id = n.id"
                        : " n.amount - COALESCE((SELECT SUM(y.amount) FROM " + allocations
                                + " y WHERE y.payment_id = n.id), 0)," + " n.currency, n.channel, 1 FROM " + decided()
                                + " n")
                + " WHERE n.id IS NOT NULL AND n.part = " + part);
    }

    private void insertAllocations(String allocations) throws SQLException {
        update("INSERT INTO payment_allocation (id, payment_id, bill_id, amount, amount_currency)"
                + " SELECT " + nextval("payment_allocation_seq") + ", payment_id, bill_id, amount, currency FROM "
                + allocations);
    }

    /** The bills' new paid amounts, at the versions read: a bill changed meanwhile fails the part. */
    private void payBills(String allocations) throws SQLException {
        var paid = "SELECT bill_id, bill_version, SUM(amount) AS paid FROM " + allocations
                + " GROUP BY bill_id, bill_version";
        long bills = countOf("SELECT COUNT(DISTINCT bill_id) FROM " + allocations);
        long updated = update(
                postgres
                        ? "UPDATE bill SET amount_paid = bill.amount_paid + t.paid, version = bill.version + 1"
                                + " FROM (" + paid + ") t WHERE bill.id = t.bill_id AND bill.version = t.bill_version"
                        : "MERGE INTO bill b USING (" + paid
                                + ") t ON (b.id = t.bill_id AND b.version = t.bill_version)"
                                + " WHEN MATCHED THEN UPDATE SET amount_paid = b.amount_paid + t.paid,"
                                + " version = b.version + 1");
        if (updated != bills) {
            throw new OptimisticLockException("a bill changed while payments were posted; restart the import");
        }
    }

    /** A part's new payments with the account's running total up to each, in file order. */
    private String payments(int part) {
        return "SELECT id, account_id, currency, amount, line,"
                + " SUM(amount) OVER (PARTITION BY account_id ORDER BY line) AS upto"
                + " FROM " + decided() + " WHERE id IS NOT NULL AND part = " + part;
    }

    /** Open bills of the accounts {@code which} picks, with what is owed up to each, oldest first. */
    private static String openBills(String which) {
        return "SELECT b.id, b.account_id, b.version, b.amount_due - b.amount_paid AS unpaid,"
                + " SUM(b.amount_due - b.amount_paid) OVER (PARTITION BY b.account_id ORDER BY b.due_date, b.id)"
                + " AS upto FROM bill b WHERE b.amount_paid < b.amount_due AND " + which;
    }

    /** What each payment pays on each bill: the overlap of their slices of the account's running totals. */
    private static String overlaps(String payments, String bills) {
        return "SELECT p.id AS payment_id, o.id AS bill_id, o.version AS bill_version, p.currency,"
                + " LEAST(p.upto, o.upto) - GREATEST(p.upto - p.amount, o.upto - o.unpaid) AS amount"
                + " FROM " + payments + " p JOIN " + bills + " o ON o.account_id = p.account_id"
                + " AND o.upto - o.unpaid < p.upto AND p.upto - p.amount < o.upto";
    }

    /** Where a (restarted) posting stands. */
    public record Progress(Integer parts, List<Integer> posted, boolean finished) {

        public boolean decided() {
            return parts != null;
        }
    }

    Progress progress() throws SQLException {
        Integer parts = null;
        boolean finished;
        try (var query = connection.prepareStatement("SELECT posting_parts, posted_at FROM import_run WHERE id = ?")) {
            query.setLong(1, run);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no import " + run);
                }
                int value = rows.getInt(1);
                if (!rows.wasNull()) {
                    parts = value;
                }
                finished = rows.getTimestamp(2) != null;
            }
        }
        var posted = new ArrayList<Integer>();
        try (var query = connection.prepareStatement("SELECT part FROM import_run_part WHERE import_run_id = ?")) {
            query.setLong(1, run);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    posted.add(rows.getInt(1));
                }
            }
        }
        posted.sort(Comparator.naturalOrder());
        return new Progress(parts, List.copyOf(posted), finished);
    }

    /** Every part is posted: the run is done. */
    void finish() throws SQLException {
        try (var update = connection.prepareStatement("UPDATE import_run SET posted_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setLong(2, run);
            update.executeUpdate();
        }
    }

    /** The run's work tables, once it is posted (or to start a decision afresh). */
    void dropTables(int parts) throws SQLException {
        for (int part = 0; part < parts; part++) {
            execute("DROP TABLE IF EXISTS " + allocations(part));
        }
        dropDecided();
        execute("DROP TABLE IF EXISTS " + firstLines());
        execute("DROP TABLE IF EXISTS " + repeats());
        execute("DROP TABLE IF EXISTS " + stage());
    }

    /**
     * The run's work tables. On PostgreSQL they are unlogged: half the import's rows would otherwise go
     * through the write-ahead log twice, once staged and once decided. A database crash empties them;
     * {@link #workLost} tells, and the posting stages and decides again from the stored file.
     */
    private String createTable() {
        return postgres ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ";
    }

    /**
     * Whether the work tables that the rest of the posting needs are gone or empty (PostgreSQL empties
     * unlogged tables when it recovers from a crash): the staged rows before the decision, the decided
     * rows after it. A file without rows has nothing to lose.
     */
    boolean workLost(boolean decided) throws SQLException {
        var table = decided ? decided() : stage();
        if (readCount() == 0) {
            return false;
        }
        if (!exists(table)) {
            return true;
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
            return !rows.next();
        }
    }

    private boolean exists(String table) throws SQLException {
        // In the connection's schema only: another schema of the same database may hold a run of the same id.
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), stored(table), null)) {
            return tables.next();
        }
    }

    /** A table's name as the database keeps it (H2 in capitals). */
    private String stored(String name) {
        return postgres ? name : name.toUpperCase(Locale.ROOT);
    }

    /** Drops the decided rows: one table, or the view of the slices' tables and those tables. */
    private void dropDecided() throws SQLException {
        var metadata = connection.getMetaData();
        var name = stored(decided());
        boolean view;
        var schema = connection.getSchema();
        try (var views = metadata.getTables(null, schema, name, new String[] {"VIEW"})) {
            view = views.next();
        }
        execute(view ? "DROP VIEW " + decided() : "DROP TABLE IF EXISTS " + decided());
        var slices = new ArrayList<String>();
        try (var tables = metadata.getTables(null, schema, name + "\\_%", new String[] {"TABLE"})) {
            while (tables.next()) {
                slices.add(tables.getString("TABLE_NAME"));
            }
        }
        for (var slice : slices) {
            execute("DROP TABLE " + slice);
        }
    }

    private long readCount() throws SQLException {
        return countOf("SELECT read_count FROM import_run WHERE id = " + run);
    }

    /** Joins each account's currency to its decimals ({@code u.digits}; null for an unknown currency). */
    private static String units() {
        return " LEFT JOIN (VALUES " + minorUnits() + ") AS u (code, digits) ON u.code = a.currency";
    }

    /** Every currency's decimals as the rows ('USD', 2), … of a VALUES list (the decimals check). */
    private static String minorUnits() {
        return Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .map(code -> "('" + code + "', " + MinorUnits.of(code) + ")")
                .collect(Collectors.joining(", "));
    }

    private String nextval(String sequence) {
        return postgres ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    /** PostgreSQL plans a table created just now by its figures only once they are gathered. */
    private void analyze(String table) throws SQLException {
        if (postgres) {
            execute("ANALYZE " + table);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long update(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private long countOf(String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package com.acuerdo.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.intake.control.CsvRow;
import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.RowRules;
import com.acuerdo.intake.entity.ImportKind;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payments posting's SQL on its edges, on the embedded database (H2, the schema from the real
 * migrations): allocation oldest bill first (ties by id), partly paid and paid bills, credit, several
 * payments of one account in file order, every reject and unchanged case, the counts, parts and
 * their restart, and a bill changed between reading and writing. PostgreSQL runs the same statements
 * in the container tests (ImportsIT, ImportKillRestartIT) and the benchmark.
 */
class StagedPaymentsTest {

    private static final long RUN = 7;

    private Connection db;
    private long nextId = 1000;

    @BeforeEach
    void schema() throws SQLException {
        var url = "jdbc:h2:mem:staged-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        sql("INSERT INTO import_run (id, kind, file_name, stored_file, source, requested_by, requested_at)"
                + " VALUES (" + RUN + ", 'PAYMENTS', 'p.csv', '/tmp/p.csv', 'API', 'it', CURRENT_TIMESTAMP)");
        sql("INSERT INTO customer (id, external_id, full_name, time_zone, language, jurisdiction)"
                + " VALUES (1, 'C1', 'Ana', 'America/Bogota', 'es', 'CO')");
        account(1, "A1", "USD");
        account(2, "A2", "USD");
        account(3, "A3", "CLP");
        account(4, "A4", "USD");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void a_payment_pays_the_oldest_open_bills_first_and_keeps_the_rest_as_credit() throws SQLException {
        long b1 = bill(1, "2026-01-10", "500.00", "0");
        long b3 = bill(1, "2026-02-10", "300.00", "0"); // same due date as b2, lower id: paid first
        long b2 = bill(1, "2026-02-10", "500.00", "0");
        long paid = bill(1, "2025-12-10", "200.00", "200.00"); // paid already: never touched
        long partly = bill(2, "2026-01-10", "500.00", "100.00");

        postAll(
                1,
                "P1,A1,2026-03-01,300.00,BRANCH",
                "P2,A1,2026-03-02,400,APP",
                "P3,A1,2026-03-03,1000.00,APP",
                "P4,A2,2026-03-01,400.00,BRANCH");

        assertThat(allocations("P1")).containsExactly(b1 + ":300");
        assertThat(allocations("P2")).containsExactly(b1 + ":200", b3 + ":200");
        assertThat(allocations("P3")).containsExactly(b3 + ":100", b2 + ":500");
        assertThat(unallocated("P3")).isEqualByComparingTo("400");
        assertThat(unallocated("P1")).isEqualByComparingTo("0");
        assertThat(paid(b1)).isEqualByComparingTo("500");
        assertThat(paid(b2)).isEqualByComparingTo("500");
        assertThat(paid(b3)).isEqualByComparingTo("300");
        assertThat(paid(paid)).isEqualByComparingTo("200");
        assertThat(version(paid)).isZero();
        assertThat(version(b1)).isEqualTo(1); // each bill written once, however many payments paid it
        assertThat(allocations("P4")).containsExactly(partly + ":400");
        assertThat(paid(partly)).isEqualByComparingTo("500");
        assertThat(counts()).isEqualTo("4 4 0 0 0");
    }

    @Test
    void an_account_without_open_bills_keeps_the_whole_payment_as_credit() throws SQLException {
        postAll(1, "P1,A4,2026-03-01,75.50,BRANCH");

        assertThat(allocations("P1")).isEmpty();
        assertThat(unallocated("P1")).isEqualByComparingTo("75.50");
        assertThat(text("SELECT amount_currency || '/' || unallocated_currency FROM payment WHERE external_id = 'P1'"))
                .isEqualTo("USD/USD");
    }

    @ParameterizedTest(name = "decided in {0} slice(s)")
    @ValueSource(ints = {1, 2})
    void bad_references_and_decimals_are_rejected_with_their_line_and_the_rest_posts(int parts) throws SQLException {
        bill(3, "2026-01-10", "50000", "0");

        postAll(
                parts,
                "P1,NOBODY,2026-03-01,10.00,BRANCH",
                "P2,A3,2026-03-01,10.5,BRANCH",
                "P3,A3,2026-03-01,20000,APP");

        assertThat(rejects())
                .containsExactly(
                        "2: account_id: unknown account 'NOBODY' (import the accounts file first)",
                        "3: amount: '10.5' has more decimals than CLP allows (0)");
        assertThat(text("SELECT raw_row FROM import_reject WHERE line = 3")).isEqualTo("P2,A3,2026-03-01,10.5,BRANCH");
        assertThat(payments()).containsExactly("P3");
        assertThat(counts()).isEqualTo("3 1 0 0 2");
    }

    @ParameterizedTest(name = "decided in {0} slice(s)") // two: the repeats cross from one slice to the other
    @ValueSource(ints = {1, 2})
    void a_payment_id_repeated_in_the_file_posts_once_and_a_changed_repeat_is_rejected(int parts) throws SQLException {
        long b = bill(1, "2026-01-10", "1000", "0");

        postAll(
                parts,
                "P1,NOBODY,2026-03-01,10.00,BRANCH", // rejected: the next line with this id is the first valid one
                "P1,A1,2026-03-01,100.00,BRANCH",
                "P1,A1,2026-03-01,100.0,BRANCH", // the same payment again
                "P1,A1,2026-03-01,999.00,BRANCH", // the same id, another amount
                "P1,A2,2026-03-01,100.00,BRANCH"); // another account

        assertThat(payments()).containsExactly("P1");
        assertThat(allocations("P1")).containsExactly(b + ":100");
        assertThat(rejects())
                .containsExactly(
                        "2: account_id: unknown account 'NOBODY' (import the accounts file first)",
                        "5: payment_id: payment 'P1' is already posted with other values; a posted payment never changes",
                        "6: payment_id: payment 'P1' is already posted with other values; a posted payment never changes");
        assertThat(counts()).isEqualTo("5 1 0 1 3");
    }

    @Test
    void a_payment_posted_by_an_earlier_import_is_unchanged_or_rejected_never_posted_again() throws SQLException {
        long b = bill(1, "2026-01-10", "1000", "0");
        postAll(1, "P1,A1,2026-03-01,100.00,BRANCH");
        sql("DELETE FROM import_reject");
        sql("UPDATE import_run SET inserted_count = 0, unchanged_count = 0, rejected_count = 0, read_count = 0,"
                + " posting_parts = NULL, posted_at = NULL");
        sql("DELETE FROM import_run_part");

        postAll(1, "P1,A1,2026-03-01,100,BRANCH", "P1,A1,2026-03-02,100.00,BRANCH", "P2,A1,2026-03-02,50.00,BRANCH");

        assertThat(payments()).containsExactly("P1", "P2");
        assertThat(paid(b)).isEqualByComparingTo("150");
        assertThat(rejects())
                .containsExactly(
                        "3: payment_id: payment 'P1' is already posted with other values; a posted payment never changes");
        assertThat(counts()).isEqualTo("3 1 0 1 1");
    }

    @Test
    void parts_post_on_their_own_and_a_restart_posts_only_the_parts_left() throws SQLException {
        long b1 = bill(1, "2026-01-10", "100", "0");
        long b2 = bill(2, "2026-01-10", "100", "0");
        stage("P1,A1,2026-03-01,60,BRANCH", "P2,A2,2026-03-01,70,BRANCH", "P3,A1,2026-03-02,60,BRANCH");
        db.setAutoCommit(false);
        var staged = new StagedPayments(db, RUN);
        assertThat(staged.progress().decided()).isFalse();
        var decision = staged.decide(2, 2);
        assertThat(decision).isEqualTo(new StagedPayments.Decision(3, 0, 0));
        db.commit();
        assertThatThrownBy(() -> staged.decide(2, 2)).hasMessageContaining("decided already");
        db.rollback();

        assertThat(staged.post(1)).isEqualTo(2); // account 1 (P1, P3) is in part 1: id modulo 2
        db.commit();
        // The server dies here; the restart finds part 1 posted and posts part 0 only.
        var restarted = new StagedPayments(db, RUN).progress();
        assertThat(restarted.parts()).isEqualTo(2);
        assertThat(restarted.posted()).containsExactly(1);
        assertThat(restarted.finished()).isFalse();
        assertThat(payments()).containsExactly("P1", "P3");

        assertThat(new StagedPayments(db, RUN).post(0)).isEqualTo(1);
        var again = new StagedPayments(db, RUN);
        again.finish();
        again.dropTables(2);
        db.commit();

        assertThat(payments()).containsExactly("P1", "P2", "P3");
        assertThat(allocations("P3")).containsExactly(b1 + ":40");
        assertThat(unallocated("P3")).isEqualByComparingTo("20");
        assertThat(paid(b2)).isEqualByComparingTo("70");
        assertThat(new StagedPayments(db, RUN).progress().finished()).isTrue();
        assertThat(text("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) LIKE 'payment\\_%\\_"
                        + RUN + "%'"))
                .isEqualTo("0");
    }

    @Test
    void work_tables_emptied_by_a_database_crash_are_staged_and_decided_again_without_counting_twice()
            throws SQLException {
        long b1 = bill(1, "2026-01-10", "100", "0");
        long b2 = bill(2, "2026-01-10", "100", "0");
        String[] lines = {
            "P1,A1,2026-03-01,60,BRANCH", "P2,A2,2026-03-01,70,BRANCH", "P3,A1,2026-03-02,60,BRANCH", "P4,NOBODY,x,1,B"
        };
        stage(lines);
        db.setAutoCommit(false);
        var staged = new StagedPayments(db, RUN);
        assertThat(staged.workLost(false)).isFalse();
        staged.decide(2, 2);
        staged.post(1); // account 1: P1 and P3
        db.commit();
        assertThat(staged.workLost(true)).isFalse();
        // PostgreSQL recovers from a crash: its unlogged work tables are empty.
        for (var table : list("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                + " AND LOWER(table_name) LIKE 'payment\\_%\\_" + RUN + "%'")) {
            sql("DELETE FROM " + table);
        }
        db.commit();
        assertThat(new StagedPayments(db, RUN).workLost(true)).isTrue();

        // What the posting does then: stage the stored file again, decide again without concluding, post what is left.
        db.setAutoCommit(true);
        stage(lines);
        db.setAutoCommit(false);
        var again = new StagedPayments(db, RUN);
        again.prepareDecision();
        again.resolve(0, 2, 2);
        again.resolve(1, 2, 2);
        again.joinSlices(2);
        assertThat(again.workLost(true)).isFalse();
        assertThat(again.post(0)).isEqualTo(1);
        again.finish();
        again.dropTables(2);
        db.commit();

        assertThat(payments()).containsExactly("P1", "P2", "P3");
        assertThat(allocations("P1")).containsExactly(b1 + ":60");
        assertThat(allocations("P3")).containsExactly(b1 + ":40");
        assertThat(paid(b2)).isEqualByComparingTo("70");
        assertThat(rejects()).hasSize(1).first().asString().startsWith("5: paid_on: ");
        assertThat(counts()).isEqualTo("4 3 0 0 1"); // as decided the first time, not added again
    }

    @Test
    void a_bill_changed_between_reading_and_writing_fails_the_part_and_nothing_of_it_lands() throws SQLException {
        long b = bill(1, "2026-01-10", "100", "0");
        stage("P1,A1,2026-03-01,60,BRANCH");
        db.setAutoCommit(false);
        new StagedPayments(db, RUN).decide(1, 1);
        db.commit();
        // Another writer changes the bill after the part has read it (between allocating and paying).
        sql("CREATE TRIGGER other_writer AFTER INSERT ON payment_allocation FOR EACH ROW CALL \""
                + OtherWriter.class.getName() + "\"");
        db.commit();
        var staged = new StagedPayments(db, RUN);
        assertThatThrownBy(() -> staged.post(0)).isInstanceOf(OptimisticLockException.class);
        db.rollback();

        assertThat(payments()).isEmpty();
        assertThat(paid(b)).isEqualByComparingTo("0");
        assertThat(new StagedPayments(db, RUN).progress().posted()).isEmpty();
    }

    @Test
    void a_row_refused_by_its_own_checks_is_rejected_with_its_reason_when_the_rows_are_decided() throws SQLException {
        postAll(1, "P1,A1,2026-02-30,10.00,BRANCH", "P2,A1,2026-03-01,10.00,BRANCH");

        assertThat(rejects()).hasSize(1).first().asString().startsWith("2: paid_on: ");
        assertThat(text("SELECT raw_row FROM import_reject WHERE line = 2")).isEqualTo("P1,A1,2026-02-30,10.00,BRANCH");
        assertThat(payments()).containsExactly("P2");
        assertThat(counts()).isEqualTo("2 1 0 0 1");
    }

    @Test
    void staging_again_replaces_what_was_staged() throws SQLException {
        stage("P1,A1,2026-03-01,10.00,BRANCH", "P2,A1,2026-03-01,10.00,BRANCH");
        stage("P1,A1,2026-03-01,10.00,BRANCH");

        assertThat(text("SELECT COUNT(*) FROM payment_stage_" + RUN)).isEqualTo("1");
        assertThat(counts()).startsWith("1 ");
    }

    @Test
    void copy_lines_escape_what_copy_would_read_as_structure() {
        var row = RowRules.check(
                ImportKind.PAYMENTS, new CsvRow(2, List.of("P\\1", "A1", "2026-03-01", "10.50", "BRANCH")));
        var refused = RowRules.check(ImportKind.PAYMENTS, new CsvRow(3, List.of("P2", "A1", "x", "10", "B\tC")));
        var text = new StringBuilder();

        StagedPayments.copyLine(text, row);
        StagedPayments.copyLine(text, refused);

        assertThat(text.toString())
                .startsWith(
                        "2\tP\\\\1\tA1\t2026-03-01\t10.50\t1\t10.50\tBRANCH\tP\\\\1,A1,2026-03-01,10.50,BRANCH\t\\N\n"
                                + "3\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\tP2,A1,x,10,B\\tC\tpaid_on: ");
    }

    /** An H2 trigger: when an allocation is written, its bill moves on to another version. */
    public static final class OtherWriter implements org.h2.api.Trigger {
        @Override
        public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
            try (var update = connection.prepareStatement("UPDATE bill SET version = version + 5 WHERE id = ?")) {
                update.setLong(1, ((Number) after[2]).longValue());
                update.executeUpdate();
            }
        }
    }

    // ---- fixture and reading helpers

    private void postAll(int parts, String... lines) throws SQLException {
        stage(lines);
        db.setAutoCommit(false);
        var staged = new StagedPayments(db, RUN);
        staged.decide(parts, parts); // as many slices as parts, as on PostgreSQL
        for (int part = 0; part < parts; part++) {
            staged.post(part);
        }
        staged.finish();
        staged.dropTables(parts);
        db.commit();
        db.setAutoCommit(true);
    }

    /** Stages the lines as the stage step does (line 1 is the header), counting them as read. */
    private void stage(String... lines) throws SQLException {
        var rows = new ArrayList<ImportRow>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(RowRules.check(ImportKind.PAYMENTS, new CsvRow(i + 2, List.of(lines[i].split(",", -1)))));
        }
        assertThat(new StagedPayments(db, RUN).stageAll(rows.iterator())).isEqualTo(lines.length);
    }

    private void account(long id, String externalId, String currency) throws SQLException {
        sql("INSERT INTO account (id, external_id, customer_id, product, currency, opened_on, credit_limit,"
                + " credit_limit_currency) VALUES (" + id + ", '" + externalId + "', 1, 'CREDIT_CARD', '" + currency
                + "', DATE '2024-01-15', 1000, '" + currency + "')");
    }

    private long bill(long account, String due, String amount, String paid) throws SQLException {
        long id = nextId++;
        sql("INSERT INTO bill (id, external_id, account_id, due_date, amount_due, amount_due_currency, amount_paid,"
                + " amount_paid_currency) SELECT " + id + ", 'B" + id + "', id, DATE '" + due + "', " + amount
                + ", currency, " + paid + ", currency FROM account WHERE id = " + account);
        return id;
    }

    private List<String> allocations(String payment) throws SQLException {
        return list("SELECT x.bill_id || ':' || CAST(CAST(x.amount AS DECIMAL(19, 0)) AS VARCHAR(30))"
                + " FROM payment_allocation x JOIN payment p ON p.id = x.payment_id WHERE p.external_id = '" + payment
                + "' ORDER BY x.bill_id");
    }

    private BigDecimal unallocated(String payment) throws SQLException {
        return new BigDecimal(text("SELECT unallocated FROM payment WHERE external_id = '" + payment + "'"));
    }

    private BigDecimal paid(long bill) throws SQLException {
        return new BigDecimal(text("SELECT amount_paid FROM bill WHERE id = " + bill));
    }

    private long version(long bill) throws SQLException {
        return Long.parseLong(text("SELECT version FROM bill WHERE id = " + bill));
    }

    private List<String> payments() throws SQLException {
        return list("SELECT external_id FROM payment ORDER BY external_id");
    }

    private List<String> rejects() throws SQLException {
        return list("SELECT line || ': ' || reason FROM import_reject WHERE import_run_id = " + RUN + " ORDER BY line");
    }

    /** read, inserted, updated, unchanged, rejected. */
    private String counts() throws SQLException {
        return text("SELECT read_count || ' ' || inserted_count || ' ' || updated_count || ' ' || unchanged_count"
                + " || ' ' || rejected_count FROM import_run WHERE id = " + RUN);
    }

    private void sql(String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private String text(String sql) throws SQLException {
        var values = list(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> list(String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package com.acuerdo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.assignment.batch.CaseMoves;
import com.acuerdo.assignment.batch.NightlyAssignment;
import com.acuerdo.platform.batch.CustomerScope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's assignment figures on PostgreSQL (nothing about times is asserted): the night's
 * assignment of {@code bench.newCases} (100,000) new unassigned cases over {@code bench.assignAgents}
 * (50) agents, then a supervisor's bulk reassignment of {@code bench.bulkCases} (5,000) cases to one
 * agent with audit rows. It runs the very JDBC code the EJB service runs (NightlyAssignment,
 * CaseMoves), each in one transaction, from the test JVM against the database in ACUERDO_DB_URL
 * (schema by the application's Flyway migrations); no application server is needed:
 *
 * <pre>
 * mvn -Pbench verify -Dit.test=AssignmentBench -Dbench.newCases=100000 -Dbench.bulkCases=5000
 * </pre>
 *
 * Default database: {@code jdbc:postgresql://127.0.0.1:5432/acuerdo_bench?currentSchema=assign} (user and
 * password acuerdo_bench); ACUERDO_DB_URL / _USER / _PASSWORD override it.
 */
class AssignmentBench {

    @Test
    void assigns_new_cases_in_one_night_and_bulk_reassigns_from_the_screen() throws Exception {
        int cases = Integer.getInteger("bench.newCases", 100_000);
        int agents = Integer.getInteger("bench.assignAgents", 50);
        int bulk = Integer.getInteger("bench.bulkCases", 5_000);
        var url = System.getenv()
                .getOrDefault("ACUERDO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/acuerdo_bench?currentSchema=assign");
        var user = System.getenv().getOrDefault("ACUERDO_DB_USER", "acuerdo_bench");
        var password = System.getenv().getOrDefault("ACUERDO_DB_PASSWORD", "acuerdo_bench");
        // A schema of its own (currentSchema in the URL) keeps the figures apart from other benchmarks' data.
        var schema = url.contains("currentSchema=")
                ? url.substring(url.indexOf("currentSchema=") + "currentSchema=".length())
                        .split("&")[0]
                : "public";
        Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (var db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long seedStart = System.nanoTime();
            var run = seed(db, cases, agents);
            db.commit();
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            long start = System.nanoTime();
            var counts = NightlyAssignment.run(
                    db, LocalDate.now(), new CustomerScope(run.firstCustomer, run.lastCustomer), Instant.now());
            db.commit();
            long nightMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(counts.assigned()).isEqualTo(cases);

            var ids = new ArrayList<Long>();
            try (var query = db.prepareStatement("SELECT id FROM collection_case WHERE customer_id BETWEEN ? AND ?"
                    + " AND assigned_agent_id <> ? ORDER BY id FETCH FIRST " + bulk + " ROWS ONLY")) {
                query.setLong(1, run.firstCustomer);
                query.setLong(2, run.lastCustomer);
                query.setLong(3, run.firstAgent);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            start = System.nanoTime();
            var moved = CaseMoves.reassign(
                    db, ids, run.firstAgent, run.team, "bench: rebalancing", "bench", Instant.now(), LocalDate.now());
            db.commit();
            long bulkMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(moved).hasSize(ids.size());

            var report = String.format(
                    "AssignmentBench: seeded %,d new cases and %d agents in %,d ms%n"
                            + "  night's assignment: %,d cases assigned in %,d ms (goal <= 20,000 ms)%n"
                            + "  bulk reassign: %,d cases moved (+ %,d audit rows) in %,d ms (goal <= 5,000 ms)%n",
                    cases, agents, seedMillis, counts.assigned(), nightMillis, moved.size(), moved.size(), bulkMillis);
            System.out.print(report);
            var dir = java.nio.file.Path.of("target", "bench");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(
                    dir.resolve("assignment.txt"),
                    report,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private record Run(long firstCustomer, long lastCustomer, long team, long firstAgent) {}

    /** One team, its agents (capacity for all), and new open unassigned cases, one account and bill each. */
    private static Run seed(Connection db, int cases, int agents) throws SQLException {
        long base;
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM customer),"
                        + " (SELECT COALESCE(MAX(id), 0) FROM collection_case), (SELECT COALESCE(MAX(id), 0) FROM"
                        + " app_user), (SELECT COALESCE(MAX(id), 0) FROM account), (SELECT COALESCE(MAX(id), 0)"
                        + " FROM bill)) + 1000000")) {
            rows.next();
            base = rows.getLong(1);
        }
        int capacity = cases / agents * 2 + 10;
        var sql = new String[] {
            "INSERT INTO app_user (id, username, display_name, password_hash, preferred_locale, time_zone, active,"
                    + " created_at) SELECT " + base + " + g, 'ab-" + base + "-' || g, 'Bench agent ' || g, 'x', 'es',"
                    + " 'America/Bogota', TRUE, now() FROM generate_series(0, " + agents + ") g",
            "INSERT INTO team (id, name, supervisor_user_id) VALUES (" + base + ", 'Bench assignment " + base + "', "
                    + base + ")",
            "INSERT INTO agent (id, user_id, display_name, team_id, capacity, shift_start, shift_end, active)"
                    + " SELECT " + base + " + g, " + base + " + g, 'Bench agent ' || g, " + base + ", " + capacity
                    + ", '08:00', '17:00', TRUE FROM generate_series(1, " + agents + ") g",
            "INSERT INTO customer (id, external_id, full_name, time_zone, language, jurisdiction) SELECT " + base
                    + " + g, 'AB-" + base + "-' || g, 'Cliente ' || g, 'America/Bogota', CASE WHEN g % 5 = 0 THEN"
                    + " 'EN' ELSE 'ES' END, 'CO' FROM generate_series(1, " + cases + ") g",
            "INSERT INTO account (id, external_id, customer_id, product, currency, opened_on, credit_limit,"
                    + " credit_limit_currency, days_past_due, bucket) SELECT " + base + " + g, 'ABA-" + base
                    + "-' || g, " + base + " + g, (ARRAY['CREDIT_CARD','PERSONAL_LOAN','AUTO_LOAN','MORTGAGE'])[1 + g"
                    + " % 4], 'COP', DATE '2022-01-01', 1000000, 'COP', 10 + g % 150, CASE WHEN g % 150 < 20 THEN"
                    + " 'DPD_1_29' WHEN g % 150 < 50 THEN 'DPD_30_59' WHEN g % 150 < 80 THEN 'DPD_60_89' ELSE"
                    + " 'DPD_90_119' END FROM generate_series(1, " + cases + ") g",
            "INSERT INTO bill (id, external_id, account_id, due_date, amount_due, amount_due_currency, amount_paid,"
                    + " amount_paid_currency) SELECT " + base + " + g, 'ABB-" + base + "-' || g, " + base + " + g,"
                    + " CURRENT_DATE - 40, 100 + (g * 37) % 9000, 'COP', 0, 'COP' FROM generate_series(1, " + cases
                    + ") g",
            "INSERT INTO collection_case (id, customer_id, open_customer_id, status, opened_on, bucket,"
                    + " priority_score) SELECT " + base + " + g, " + base + " + g, " + base + " + g, 'OPEN',"
                    + " CURRENT_DATE, a.bucket, (g * 7919) % 1000 FROM generate_series(1, " + cases + ") g JOIN"
                    + " account a ON a.id = " + base + " + g",
            "INSERT INTO collection_case_account (case_id, account_id) SELECT " + base + " + g, " + base + " + g"
                    + " FROM generate_series(1, " + cases + ") g",
        };
        try (var statement = db.createStatement()) {
            for (var each : sql) {
                statement.execute(each);
            }
            statement.execute("ANALYZE collection_case");
            statement.execute("ANALYZE collection_case_account");
        }
        return new Run(base + 1, base + cases, base, base + 1);
    }
}

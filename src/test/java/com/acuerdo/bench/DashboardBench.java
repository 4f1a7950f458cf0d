package com.acuerdo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.WebSession;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6's dashboard goal as a benchmark (figures only, nothing asserted about times): over the
 * generated portfolio ({@link PortfolioGenerator}; 1,000,000 accounts and a "Bench team" of 15 agents
 * by default), with bucket moves for the team's accounts and a supervisor of the team, it takes the
 * nightly snapshot (timed), fills 90 nights of history, then times the full dashboard page
 * ({@code GET /supervisor/dashboard.xhtml}, period of 30 days) as the supervisor.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=DashboardBench -Dbench.agents=15} (README, "Results
 * dashboard"); figures in {@code target/bench/report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBench {

    private static final String SUPERVISOR = "benchsup";
    private static final String PAGE = "/supervisor/dashboard.xhtml";
    private static final String MARK = "id=\"rollMatrix\"";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(DashboardSnapshotProbe.class);
    }

    @Test
    void the_dashboard_of_a_team_of_15_over_the_portfolio(@ArquillianResource URL base) throws Exception {
        var settings = BenchSettings.fromSystemProperties();
        BenchReport.start("Acuerdo dashboard benchmark (issue 6) " + Instant.now() + ", " + settings + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        BenchReport.add(new PortfolioGenerator(settings).ensure());
        try (var db = PortfolioGenerator.connect()) {
            prepare(db);
            BenchReport.add(
                    String.format(
                            "database: %,d accounts, %,d bucket moves, %,d open cases of the Bench team (%d agents)",
                            BenchSql.count(db, "SELECT COUNT(*) FROM account"),
                            BenchSql.count(db, "SELECT COUNT(*) FROM bucket_move"),
                            BenchSql.count(
                                    db,
                                    "SELECT COUNT(*) FROM collection_case c JOIN team t ON t.id = c.team_id"
                                            + " WHERE t.name = 'Bench team' AND c.status = 'OPEN'"),
                            BenchSql.count(
                                    db,
                                    "SELECT COUNT(*) FROM agent a JOIN team t ON t.id = a.team_id WHERE t.name = 'Bench team'")));
            try (var st = db.createStatement();
                    var rs = st.executeQuery("SELECT current_setting('jit')")) {
                rs.next();
                BenchReport.add("PostgreSQL jit = " + rs.getString(1)
                        + " (README: ALTER DATABASE ... SET jit = off); load average "
                        + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                .trim());
            }
        }

        var snapshot = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        base.toString().replaceAll("/$", "") + "/api/v1/test-bench/dashboard-snapshot"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((SUPERVISOR + ":" + BenchSettings.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofMinutes(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, snapshot.statusCode(), snapshot.body());
        BenchReport.add(snapshot.body());
        try (var db = PortfolioGenerator.connect()) {
            history(db);
        }

        var session = new WebSession(base);
        session.signIn(SUPERVISOR, BenchSettings.PASSWORD);
        var times = new ArrayList<Long>();
        int warmup = 5;
        int measured = 20;
        for (int i = 0; i < warmup + measured; i++) {
            long started = System.nanoTime();
            var answer = session.get(PAGE);
            long took = System.nanoTime() - started;
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains(MARK), "the real dashboard");
            if (i >= warmup) {
                times.add(took);
            }
        }
        var timings = new Timings(
                "dashboard page (team of 15, 30 days)",
                times.stream().mapToLong(Long::longValue).toArray(),
                times.stream().mapToLong(Long::longValue).sum());
        BenchReport.add(timings.line());
        BenchReport.add("load average after: "
                + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .trim());
        BenchReport.add("goal (issue 6): the dashboard of a team of 15 over 1,000,000 accounts renders in <= 1 s");
    }

    /** Once per database: a supervisor for the Bench team and bucket moves for its accounts. */
    private static void prepare(Connection db) throws SQLException {
        if (BenchSql.count(db, "SELECT COUNT(*) FROM app_user WHERE username = '" + SUPERVISOR + "'") > 0) {
            return;
        }
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (var st = db.createStatement()) {
            long user = BenchSql.count(db, "SELECT nextval('app_user_seq')");
            st.execute("INSERT INTO app_user (id, username, display_name, password_hash, preferred_locale, time_zone,"
                    + " active, created_at, version) VALUES (" + user + ", '" + SUPERVISOR + "', 'Bench Supervisor', '"
                    + PortfolioGenerator.hash(BenchSettings.PASSWORD) + "', 'es', 'America/Bogota', TRUE, now(), 0)");
            st.execute("INSERT INTO app_user_role (user_id, role_name) VALUES (" + user + ", 'SUPERVISOR')");
            st.execute("UPDATE team SET supervisor_user_id = " + user + " WHERE name = 'Bench team'");
            // Bucket moves of the team's accounts: into 1–29 45 days ago; the worse buckets 10 days ago;
            // one account in seven cured 20 days ago (and one in eleven 100 days ago, for retention).
            st.execute("CREATE TEMP TABLE bench_team_account AS SELECT a.id, a.customer_id, a.bucket,"
                    + " row_number() OVER (ORDER BY a.id) r FROM account a JOIN collection_case_account ca"
                    + " ON ca.account_id = a.id JOIN collection_case c ON c.id = ca.case_id JOIN team t ON t.id = c.team_id"
                    + " WHERE t.name = 'Bench team'");
            long base = BenchSql.count(db, "SELECT nextval('bucket_move_seq')");
            long n = BenchSql.count(db, "SELECT COUNT(*) FROM bench_team_account");
            var today = "(SELECT current_date_value FROM business_date)";
            st.execute(
                    "INSERT INTO bucket_move (id, account_id, customer_id, from_bucket, to_bucket, moved_on, days_past_due)"
                            + " SELECT " + base + " + r, id, customer_id, 'CURRENT', 'DPD_1_29', " + today + " - 45, 1"
                            + " FROM bench_team_account");
            st.execute(
                    "INSERT INTO bucket_move (id, account_id, customer_id, from_bucket, to_bucket, moved_on, days_past_due)"
                            + " SELECT " + base + " + " + n + " + r, id, customer_id, 'DPD_1_29', bucket, " + today
                            + " - 10, 30"
                            + " FROM bench_team_account WHERE bucket NOT IN ('CURRENT', 'DPD_1_29')");
            st.execute(
                    "INSERT INTO bucket_move (id, account_id, customer_id, from_bucket, to_bucket, moved_on, days_past_due)"
                            + " SELECT " + base + " + " + (2 * n) + " + r, id, customer_id, 'DPD_1_29', 'CURRENT', "
                            + today
                            + " - 20, 0 FROM bench_team_account WHERE r % 7 = 0");
            st.execute(
                    "INSERT INTO bucket_move (id, account_id, customer_id, from_bucket, to_bucket, moved_on, days_past_due)"
                            + " SELECT " + base + " + " + (3 * n) + " + r, id, customer_id, 'DPD_1_29', 'CURRENT', "
                            + today
                            + " - 100, 0 FROM bench_team_account WHERE r % 11 = 0");
            st.execute("SELECT setval('bucket_move_seq', " + (base + 4 * n + 50) + ")");
            db.commit();
            st.execute("ANALYZE bucket_move");
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        BenchReport.add(String.format(
                "prepared the Bench team's supervisor and bucket moves in %.1f s",
                (System.nanoTime() - started) / 1e9));
    }

    /** 89 earlier nights of snapshot history (the business date's snapshot copied back, weekdays only). */
    private static void history(Connection db) throws SQLException {
        try (var st = db.createStatement()) {
            var today = "(SELECT current_date_value FROM business_date)";
            st.execute("DELETE FROM portfolio_snapshot WHERE snapshot_on < " + today);
            st.execute(
                    "INSERT INTO portfolio_snapshot (snapshot_on, team_id, agent_id, product, bucket, accounts, balance)"
                            + " SELECT d.day, s.team_id, s.agent_id, s.product, s.bucket, s.accounts, s.balance"
                            + " FROM portfolio_snapshot s, (SELECT CAST(" + today
                            + " - g AS DATE) AS day FROM generate_series(1, 130) g"
                            + " WHERE EXTRACT(ISODOW FROM " + today + " - g) < 6) d WHERE s.snapshot_on = " + today);
            st.execute("ANALYZE portfolio_snapshot");
            st.execute("ANALYZE dashboard_account_day");
        }
        BenchReport.add(String.format(
                "snapshot history: %,d rows over %,d nights",
                BenchSql.count(db, "SELECT COUNT(*) FROM portfolio_snapshot"),
                BenchSql.count(db, "SELECT COUNT(DISTINCT snapshot_on) FROM portfolio_snapshot")));
    }
}

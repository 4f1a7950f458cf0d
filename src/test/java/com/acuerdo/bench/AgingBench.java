package com.acuerdo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5's aging figures, as a benchmark (nothing is asserted about times): on a generated portfolio
 * in PostgreSQL ({@link PortfolioGenerator}, 6 bills per account by default) and one night's changes
 * (some current accounts leave their last bill unpaid, some delinquent accounts pay everything),
 * aging on the day after the business date is run twice from the same state:
 *
 * <ol>
 *   <li>a hand-written set-based SQL version (DPD from the oldest unpaid bill with the tolerance and
 *       pauses, bucket, bucket moves, case open / link / bucket and objective / close as CURED) in one
 *       transaction that is then rolled back;
 *   <li>the real {@code aging} job in the server, started through the JobOperator by a test-only
 *       resource ({@link AgingProbe}) that also samples the server's heap.
 * </ol>
 *
 * Both results are counted (changed accounts, bucket moves, opened and cured cases) and must agree.
 * The aging results are saved the first time (tables {@code bench_snap_*}) and restored before every
 * later run, so every run starts from the same state. Run with {@code mvn -Pbench verify
 * -Dit.test=AgingBench} (README, Benchmarks; without it only AgentDayBench runs); figures in
 * {@code target/bench/aging-report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// Only when asked for: it needs a portfolio of its own (6 bills per account), not AgentDayBench's.
@EnabledIfSystemProperty(named = "it.test", matches = ".*AgingBench.*")
class AgingBench {

    private static final List<String> LINES = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(AgingProbe.class);
    }

    @Test
    void aging_against_hand_written_sql(@ArquillianResource URL base) throws Exception {
        var settings = BenchSettings.fromSystemProperties(6, 10, 500);
        report("Acuerdo aging benchmark (issue 5) " + Instant.now() + ", " + settings + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + BenchSql.load());
        report(new PortfolioGenerator(settings).ensure());
        LocalDate date;
        try (var db = PortfolioGenerator.connect()) {
            var today = LocalDate.parse(BenchSql.text(db, "SELECT current_date_value FROM business_date WHERE id = 1"));
            date = today.plusDays(1);
            report(timed("start state (" + (saved(db) ? "restored" : "saved") + ")", () -> startState(db)));
            report(timed("the night's changes on bills", () -> night(db, today)));
            vacuum(db);
            report(String.format(
                    "database: %,d accounts (%,d delinquent), %,d bills, %,d open cases; aging on %s; %s",
                    BenchSql.count(db, "SELECT COUNT(*) FROM account"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM account WHERE bucket <> 'CURRENT'"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM bill"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM collection_case WHERE status = 'OPEN'"),
                    date,
                    BenchSql.load()));

            // 1. hand-written SQL, rolled back
            db.setAutoCommit(false);
            long started = System.nanoTime();
            var sql = handWritten(db, date);
            long sqlNanos = System.nanoTime() - started;
            var sqlCounts = outcome(db, date);
            db.rollback();
            db.setAutoCommit(true);
            report(String.format(
                    Locale.ROOT,
                    "hand-written SQL: %.1f s %s -> %s (%s)",
                    sqlNanos / 1e9,
                    sql,
                    sqlCounts,
                    BenchSql.load()));
            vacuum(db);

            // 2. the job
            String answer = probe(base, date);
            answer.lines().forEach(AgingBench::report);
            var jobCounts = outcome(db, date);
            report("aging job -> " + jobCounts + " (" + BenchSql.load() + ")");
            report(String.format(
                    "after the job: %,d open cases whose priority score is not the sum of its parts",
                    BenchSql.count(
                            db,
                            "SELECT COUNT(*) FROM collection_case c WHERE c.status = 'OPEN' AND c.priority_score"
                                    + " <> COALESCE((SELECT SUM(p.points) FROM collection_case_priority_part p"
                                    + " WHERE p.case_id = c.id), 0)")));
            var matcher = Pattern.compile("in ([0-9.]+) s").matcher(answer);
            assertTrue(answer.contains("COMPLETED"), answer);
            assertTrue(matcher.find());
            double jobSeconds = Double.parseDouble(matcher.group(1));
            report(String.format(
                    Locale.ROOT,
                    "RESULT: aging job %.1f s, hand-written SQL %.1f s, ratio %.2f (goals: job <= 30 s, ratio <= 2)",
                    jobSeconds,
                    sqlNanos / 1e9,
                    jobSeconds / (sqlNanos / 1e9)));
            assertEquals(sqlCounts, jobCounts, "the job and the hand-written SQL must age alike");
        } finally {
            var file = Path.of("target", "bench", "aging-report.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, LINES, StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ the same start state every run

    private static final String[][] SAVED = {
        {"bench_snap_account", "SELECT id, days_past_due, bucket, aged_on, version FROM account"},
        {"bench_snap_case", "SELECT * FROM collection_case"},
        {"bench_snap_case_account", "SELECT * FROM collection_case_account"},
        {"bench_snap_part", "SELECT * FROM collection_case_priority_part"},
        {"bench_snap_move", "SELECT * FROM bucket_move"},
        {"bench_snap_escalation", "SELECT id, resolved_on, version FROM escalation"},
        {"bench_snap_audit", "SELECT COALESCE(MAX(id), 0) AS last_id FROM audit_event"},
    };

    private static boolean saved(Connection db) throws SQLException {
        return BenchSql.count(
                        db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'bench_snap_audit'")
                == 1;
    }

    /**
     * The generator leaves the cases of agents other than the bench's unassigned; after any real night
     * every open case has an agent, so they are spread over the active agents first (in the saved
     * state too), or every run would time a first night's assignment of the whole portfolio.
     */
    private static int everyOpenCaseHeld(Connection db, String table) throws SQLException {
        try (var st = db.createStatement()) {
            return st.executeUpdate("UPDATE " + table + " c SET assigned_agent_id = g.id, team_id = g.team_id"
                    + " FROM (SELECT id, team_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n,"
                    + "   COUNT(*) OVER () AS agents FROM agent WHERE active = TRUE AND team_id IS NOT NULL) g"
                    + " WHERE c.status = 'OPEN' AND c.assigned_agent_id IS NULL AND g.n = c.id % g.agents");
        }
    }

    private static String startState(Connection db) throws SQLException {
        if (!saved(db)) {
            int held = everyOpenCaseHeld(db, "collection_case");
            try (var st = db.createStatement()) {
                for (var table : SAVED) {
                    st.execute("CREATE TABLE " + table[0] + " AS " + table[1]);
                }
                st.execute("CREATE UNIQUE INDEX ON bench_snap_account (id)");
                st.execute("CREATE UNIQUE INDEX ON bench_snap_case (id)");
            }
            return "aging results saved (" + held + " open cases given an agent first)";
        }
        var caseColumns = new ArrayList<String>();
        try (var st = db.createStatement();
                var rs = st.executeQuery("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'collection_case' AND column_name <> 'id' ORDER BY ordinal_position")) {
            while (rs.next()) {
                caseColumns.add(rs.getString(1));
            }
        }
        int held;
        db.setAutoCommit(false);
        try (var st = db.createStatement()) {
            st.execute("DELETE FROM collection_case_priority_part");
            st.execute("DELETE FROM collection_case_account");
            st.execute("DELETE FROM bucket_move");
            st.execute(
                    "DELETE FROM collection_case c WHERE NOT EXISTS (SELECT 1 FROM bench_snap_case s WHERE s.id = c.id)");
            // Closed cases first, so an open case never meets another of the same client.
            st.execute("UPDATE collection_case c SET "
                    + String.join(
                            ", ",
                            caseColumns.stream().map(col -> col + " = s." + col).toList())
                    + " FROM bench_snap_case s WHERE s.id = c.id AND s.version <> c.version");
            st.execute("INSERT INTO collection_case_account SELECT * FROM bench_snap_case_account");
            st.execute("INSERT INTO collection_case_priority_part SELECT * FROM bench_snap_part");
            st.execute("INSERT INTO bucket_move SELECT * FROM bench_snap_move");
            st.execute("UPDATE escalation e SET resolved_on = s.resolved_on, version = s.version"
                    + " FROM bench_snap_escalation s WHERE s.id = e.id AND s.version <> e.version");
            st.execute("UPDATE account a SET days_past_due = s.days_past_due, bucket = s.bucket, aged_on = s.aged_on,"
                    + " version = s.version FROM bench_snap_account s WHERE s.id = a.id AND s.version <> a.version");
            st.execute("DELETE FROM audit_event WHERE id > (SELECT last_id FROM bench_snap_audit)");
            held = everyOpenCaseHeld(db, "collection_case") + everyOpenCaseHeld(db, "bench_snap_case");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return "aging results restored" + (held > 0 ? " (" + held + " open cases given an agent first)" : "");
    }

    /**
     * One night's news, idempotent: one current account in 200 left its last bill (due 10 days ago)
     * unpaid, one delinquent account in 50 paid every bill.
     */
    private static String night(Connection db, LocalDate today) throws SQLException {
        try (var st = db.createStatement()) {
            int unpaid = st.executeUpdate("UPDATE bill b SET amount_paid = 0 FROM account a WHERE a.id = b.account_id"
                    + " AND a.days_past_due = 0 AND a.id % 200 = 7 AND b.due_date = DATE '" + today.minusDays(10)
                    + "' AND b.amount_paid <> 0");
            int paid = st.executeUpdate("UPDATE bill b SET amount_paid = b.amount_due FROM account a"
                    + " WHERE a.id = b.account_id AND a.days_past_due > 0 AND a.id % 50 = 3"
                    + " AND b.amount_paid <> b.amount_due");
            return unpaid + " bills left unpaid, " + paid + " bills paid (0 and 0 on a restored database: kept)";
        }
    }

    private static void vacuum(Connection db) throws SQLException {
        try (var st = db.createStatement()) {
            for (var table : new String[] {
                "account",
                "bill",
                "collection_case",
                "collection_case_account",
                "collection_case_priority_part",
                "bucket_move",
                "audit_event"
            }) {
                st.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    // ------------------------------------------------------------------ the hand-written SQL aging

    private static final String BUCKET = "CASE WHEN {d} = 0 THEN 'CURRENT' WHEN {d} < 30 THEN 'DPD_1_29'"
            + " WHEN {d} < 60 THEN 'DPD_30_59' WHEN {d} < 90 THEN 'DPD_60_89' WHEN {d} < 120 THEN 'DPD_90_119'"
            + " WHEN {d} < 180 THEN 'DPD_120_179' ELSE 'DPD_180_PLUS' END";
    private static final String RANK = "CASE {b} WHEN 'CURRENT' THEN 0 WHEN 'DPD_1_29' THEN 1 WHEN 'DPD_30_59' THEN 2"
            + " WHEN 'DPD_60_89' THEN 3 WHEN 'DPD_90_119' THEN 4 WHEN 'DPD_120_179' THEN 5 ELSE 6 END";

    /** The same aging as the job, set-based in PostgreSQL; answers the rows each statement touched. */
    private static Map<String, Integer> handWritten(Connection db, LocalDate date) throws SQLException {
        var d = "DATE '" + date + "'";
        var rows = new LinkedHashMap<String, Integer>();
        try (var st = db.createStatement()) {
            // Days past due: oldest bill unpaid by at least the tolerance, minus days paused after it fell due
            // (pauses summed; they do not overlap in the bench data).
            rows.put(
                    "aged",
                    st.executeUpdate("CREATE TEMP TABLE bench_aged ON COMMIT DROP AS"
                            + " SELECT a.id, a.customer_id, a.bucket AS old_bucket, a.days_past_due AS old_days,"
                            + " x.days, " + BUCKET.replace("{d}", "x.days") + " AS bucket"
                            + " FROM account a LEFT JOIN (SELECT account_id, MIN(due_date) AS oldest FROM bill"
                            + "   WHERE due_date < " + d + " AND amount_due - amount_paid >= 1 GROUP BY account_id) o"
                            + "   ON o.account_id = a.id"
                            + " CROSS JOIN LATERAL (SELECT CASE WHEN o.oldest IS NULL THEN 0 ELSE (" + d
                            + " - o.oldest) - COALESCE((SELECT SUM(GREATEST(0, LEAST(COALESCE(r.until_date, " + d
                            + "), " + d + ") - GREATEST(r.from_date, o.oldest + 1) + 1)) FROM contact_restriction r"
                            + "   WHERE r.customer_id = a.customer_id AND (r.account_id IS NULL OR r.account_id = a.id)"
                            + "   AND r.restriction_type IN ('DISPUTE', 'PAUSE')), 0) END AS days) x"));
            rows.put(
                    "accounts",
                    st.executeUpdate("UPDATE account a SET days_past_due = g.days, bucket = g.bucket, aged_on = " + d
                            + ", version = a.version + 1 FROM bench_aged g WHERE g.id = a.id"
                            + " AND (g.days <> g.old_days OR g.bucket <> g.old_bucket)"));
            long moveBase = BenchSql.count(db, "SELECT nextval('bucket_move_seq')");
            rows.put(
                    "moves",
                    st.executeUpdate("INSERT INTO bucket_move (id, account_id, customer_id, from_bucket, to_bucket,"
                            + " moved_on, days_past_due) SELECT " + moveBase + " + ROW_NUMBER() OVER (ORDER BY g.id),"
                            + " g.id, g.customer_id, g.old_bucket, g.bucket, " + d + ", g.days FROM bench_aged g"
                            + " WHERE g.bucket <> g.old_bucket"));
            // Every delinquent client: the worst account (bucket) and its product's objective.
            st.execute("CREATE TEMP TABLE bench_client ON COMMIT DROP AS"
                    + " SELECT w.customer_id, w.bucket, w.bucket = 'DPD_180_PLUS' AS charge_off,"
                    + " (SELECT o.objective FROM bucket_objective o WHERE o.product = w.product AND o.bucket = w.bucket"
                    + "   AND o.effective_from <= " + d + " ORDER BY o.effective_from DESC LIMIT 1) AS objective"
                    + " FROM (SELECT DISTINCT ON (a.customer_id) a.customer_id, a.bucket, a.product FROM account a"
                    + "   WHERE a.bucket <> 'CURRENT' ORDER BY a.customer_id, " + RANK.replace("{b}", "a.bucket")
                    + " DESC, a.id) w");
            long caseBase = BenchSql.count(db, "SELECT nextval('collection_case_seq')");
            rows.put(
                    "opened",
                    st.executeUpdate(
                            "INSERT INTO collection_case (id, customer_id, open_customer_id, status, opened_on,"
                                    + " bucket, objective, priority_score, escalated, charge_off_candidate, version)"
                                    + " SELECT " + caseBase
                                    + " + ROW_NUMBER() OVER (ORDER BY s.customer_id), s.customer_id,"
                                    + " s.customer_id, 'OPEN', " + d
                                    + ", s.bucket, s.objective, 0, FALSE, s.charge_off, 0"
                                    + " FROM bench_client s WHERE NOT EXISTS (SELECT 1 FROM collection_case c"
                                    + "   WHERE c.open_customer_id = s.customer_id)"));
            BenchSql.count(db, "SELECT setval('collection_case_seq', " + (caseBase + rows.get("opened") + 50) + ")");
            rows.put(
                    "linked",
                    st.executeUpdate("INSERT INTO collection_case_account (case_id, account_id)"
                            + " SELECT c.id, a.id FROM account a JOIN collection_case c ON c.open_customer_id = a.customer_id"
                            + " WHERE a.bucket <> 'CURRENT' AND NOT EXISTS (SELECT 1 FROM collection_case_account ca"
                            + "   WHERE ca.case_id = c.id AND ca.account_id = a.id)"));
            rows.put(
                    "updated",
                    st.executeUpdate(
                            "UPDATE collection_case c SET bucket = s.bucket, objective = s.objective,"
                                    + " charge_off_candidate = s.charge_off, version = c.version + 1 FROM bench_client s"
                                    + " WHERE c.open_customer_id = s.customer_id AND (c.bucket <> s.bucket"
                                    + "   OR c.objective IS DISTINCT FROM s.objective OR c.charge_off_candidate <> s.charge_off)"));
            rows.put(
                    "cured",
                    st.executeUpdate("UPDATE collection_case c SET status = 'CLOSED', close_reason = 'CURED',"
                            + " closed_on = " + d + ", open_customer_id = NULL, next_callback_at = NULL,"
                            + " version = c.version + 1 WHERE c.open_customer_id IS NOT NULL AND NOT EXISTS"
                            + " (SELECT 1 FROM bench_client s WHERE s.customer_id = c.open_customer_id)"));
        }
        return rows;
    }

    /** What aging left on the date: comparable between the job and the hand-written SQL. */
    private static Map<String, Long> outcome(Connection db, LocalDate date) throws SQLException {
        var d = "DATE '" + date + "'";
        var counts = new LinkedHashMap<String, Long>();
        counts.put("aged on the date", BenchSql.count(db, "SELECT COUNT(*) FROM account WHERE aged_on = " + d));
        counts.put("delinquent", BenchSql.count(db, "SELECT COUNT(*) FROM account WHERE bucket <> 'CURRENT'"));
        counts.put("sum dpd", BenchSql.count(db, "SELECT COALESCE(SUM(days_past_due), 0) FROM account"));
        counts.put("moves", BenchSql.count(db, "SELECT COUNT(*) FROM bucket_move WHERE moved_on = " + d));
        counts.put("opened", BenchSql.count(db, "SELECT COUNT(*) FROM collection_case WHERE opened_on = " + d));
        counts.put("cured", BenchSql.count(db, "SELECT COUNT(*) FROM collection_case WHERE closed_on = " + d));
        counts.put("open", BenchSql.count(db, "SELECT COUNT(*) FROM collection_case WHERE status = 'OPEN'"));
        counts.put("links", BenchSql.count(db, "SELECT COUNT(*) FROM collection_case_account"));
        return counts;
    }

    // ------------------------------------------------------------------ helpers

    private static String probe(URL base, LocalDate date) throws Exception {
        var credentials = BenchSettings.username(0) + ":" + BenchSettings.PASSWORD;
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                                        + "/api/v1/test-bench/aging?businessDate=" + date
                                        + "&rangeSize=" + System.getProperty("bench.rangeSize", "")
                                        + "&partitions=" + System.getProperty("bench.partitions", "")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofMinutes(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private interface Work {
        String run() throws Exception;
    }

    private static String timed(String what, Work work) throws Exception {
        long started = System.nanoTime();
        var result = work.run();
        return String.format(Locale.ROOT, "%s: %s in %.1f s", what, result, (System.nanoTime() - started) / 1e9);
    }

    private static void report(String line) {
        System.out.println("[aging-bench] " + line);
        LINES.add(line);
    }
}

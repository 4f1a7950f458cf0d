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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5's "whole nightly chain on the 1M portfolio", as a benchmark (nothing is asserted about
 * times): on the aging benchmark's portfolio ({@link PortfolioGenerator}, 6 bills per account) the
 * real {@code nightly} job runs once on the business date, started through the JobOperator by
 * {@link AgingProbe}, which answers each step's time and the server's heap peak. Every run ages one
 * more night (the chain advances the business date). Run with {@code mvn -Pbench verify
 * -Dit.test=NightlyBench} (README, Aging benchmark); figures in {@code target/bench/nightly-report.txt}.
 * {@code -Dbench.job=escalation} times only the escalation job (escalate + export) on the current
 * business date, without moving it ({@code reminders} the same for the reminders); {@code -Dbench.resetEscalation=true} first takes back every
 * escalation, restriction and export row, so the run lists and restricts as on a first night.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.test", matches = ".*NightlyBench.*")
class NightlyBench {

    private static final List<String> LINES = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(AgingProbe.class);
    }

    @Test
    void the_whole_night_on_the_portfolio(@ArquillianResource URL base) throws Exception {
        var settings = BenchSettings.fromSystemProperties(6, 10, 500);
        report("Acuerdo nightly benchmark (issue 5) " + Instant.now() + ", " + settings + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + BenchSql.load());
        report(new PortfolioGenerator(settings).ensure());
        try (var db = PortfolioGenerator.connect()) {
            var night = BenchSql.text(db, "SELECT current_date_value FROM business_date WHERE id = 1");
            report(String.format(
                    "database: %,d accounts (%,d delinquent), %,d bills, %,d open cases, %,d open promises;"
                            + " the night of %s; %s",
                    BenchSql.count(db, "SELECT COUNT(*) FROM account"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM account WHERE bucket <> 'CURRENT'"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM bill"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM collection_case WHERE status = 'OPEN'"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM promise_to_pay WHERE status = 'OPEN'"),
                    night,
                    BenchSql.load()));
            if (Boolean.getBoolean("bench.resetEscalation")) {
                resetEscalation(db);
            }
            long movesBefore = BenchSql.count(db, "SELECT COUNT(*) FROM bucket_move");
            long auditBefore = BenchSql.count(db, "SELECT COUNT(*) FROM audit_event");

            // -Dbench.runs=2: the same job again on the same night (a re-run that must change nothing).
            String answer = "";
            for (int run = 0; run < Integer.getInteger("bench.runs", 1); run++) {
                answer = probe(base);
                answer.lines().forEach(NightlyBench::report);
            }
            report(String.format(
                    "after the night (%s): business date %s; %,d bucket moves and %,d audit events written;"
                            + " promises %s; %,d open escalations; reminders %s",
                    BenchSql.load(),
                    BenchSql.text(db, "SELECT current_date_value FROM business_date WHERE id = 1"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM bucket_move") - movesBefore,
                    BenchSql.count(db, "SELECT COUNT(*) FROM audit_event") - auditBefore,
                    groups(db, "SELECT status, COUNT(*) FROM promise_to_pay GROUP BY status ORDER BY status"),
                    BenchSql.count(db, "SELECT COUNT(*) FROM escalation WHERE resolved_on IS NULL"),
                    groups(db, "SELECT status, COUNT(*) FROM reminder GROUP BY status ORDER BY status")));
            assertTrue(answer.contains(": COMPLETED"), answer);
        } finally {
            var file = Path.of("target", "bench", "nightly-report.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, LINES, StandardCharsets.UTF_8);
        }
    }

    private static String probe(URL base) throws Exception {
        var credentials = BenchSettings.username(0) + ":" + BenchSettings.PASSWORD;
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/test-bench/"
                                        + System.getProperty("bench.job", "nightly")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofMinutes(120))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** Benchmark database only: as if no night had escalated yet (audit events stay). */
    private static void resetEscalation(Connection db) throws SQLException {
        long started = System.nanoTime();
        try (var st = db.createStatement()) {
            st.executeUpdate("DELETE FROM core_bank_export");
            st.executeUpdate("UPDATE account SET credit_limit_reduced = FALSE, credit_limit_reduced_on = NULL,"
                    + " new_charges_blocked = FALSE, new_charges_blocked_on = NULL"
                    + " WHERE credit_limit_reduced OR new_charges_blocked");
            st.executeUpdate("DELETE FROM escalation");
            st.executeUpdate("UPDATE collection_case SET escalated = FALSE, escalation_reason = NULL WHERE escalated");
            st.execute("VACUUM ANALYZE account");
            st.execute("VACUUM ANALYZE collection_case");
            st.execute("VACUUM ANALYZE escalation");
            st.execute("VACUUM ANALYZE core_bank_export");
        }
        report(String.format(
                "escalation state reset in %.1f s (%s)", (System.nanoTime() - started) / 1e9, BenchSql.load()));
    }

    private static String groups(Connection db, String sql) throws SQLException {
        var parts = new ArrayList<String>();
        try (var st = db.createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                parts.add(rs.getString(1).trim() + " " + rs.getLong(2));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void report(String line) {
        System.out.println("[nightly-bench] " + line);
        LINES.add(line);
    }
}

package com.acuerdo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.PayaraProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restartability test for an import, for real: Payara Micro runs as a process of its own
 * ({@link PayaraProcess}), on PostgreSQL (a schema of its own) when the environment names it, else on
 * a file H2 database. The same customers, accounts, bills and payments are imported twice, under two
 * id prefixes: once uninterrupted ("steady"), once killed (SIGKILL) while the payments import is
 * mid-way ("killed": its rows staged, deciding or posting them), the server started again on the same
 * database and the execution restarted. Both must end alike, row for row: payments (none posted twice),
 * allocations, bills' paid amounts, rejects with their lines, the import's counts. The payments file
 * has bad rows (unknown account, a payment id repeated with other values, one repeated as it was).
 */
class ImportKillRestartIT {

    private static final int ACCOUNTS = 3_000;
    private static final int PAYMENTS = 90_000;
    private static final Pattern EXECUTION = Pattern.compile("\"executionId\":(\\d+)");

    @TempDir
    Path temp;

    @Test
    void paymentsImportKilledMidWayAndRestartedEndsAsAnUninterruptedImport() throws Exception {
        var war = temp.resolve("acuerdo-test.war");
        Deployments.acuerdo()
                .addClass(ImportJobsTestResource.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        var data = temp.resolve("server");
        var database = PayaraProcess.freshDatabase("import_kill");

        String expected;
        long killed;
        try (var server = start(war, data, database)) {
            for (var prefix : List.of("STEADY_", "KILLED_")) {
                for (var kind : List.of("customers", "accounts", "bills")) {
                    var execution = upload(server, kind, file(kind, prefix));
                    assertEquals("COMPLETED", waitForEnd(server, execution), kind + " of " + prefix);
                }
            }
            long steady = upload(server, "payments", file("payments", "STEADY_"));
            assertEquals("COMPLETED", waitForEnd(server, steady));
            expected = server.get("/api/v1/test-imports/digest?prefix=STEADY_&execution=" + steady);

            killed = upload(server, "payments", file("payments", "KILLED_"));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            String phase = "";
            // Killed as soon as the rows are staged: while they are decided or posted.
            while (!phase.equals("deciding") && !phase.equals("posting") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                phase = server.get("/api/v1/test-imports/executions/" + killed + "/phase");
            }
            assertEquals(
                    "STARTED",
                    server.get("/api/v1/test-imports/executions/" + killed),
                    "the import must still run when it is killed (" + phase + ")");
            assertTrue(
                    server.get("/api/v1/jobs/executions/" + killed).contains("\"serverLost\":false"),
                    "a running import's server is alive");
            server.post("/api/v1/jobs/executions/" + killed + "/restart", 409);
            server.kill();
        }

        try (var revived = start(war, data, database)) {
            // H2 may lose its last second of commits to SIGKILL (a consistent prefix): staging again is fine.
            var phase = revived.get("/api/v1/test-imports/executions/" + killed + "/phase");
            assertTrue(!phase.equals("posted"), "the kill interrupted the import mid-way (" + phase + ")");
            // IT's own restart (the product API): the killed import still says STARTED, its server is gone.
            assertTrue(
                    revived.get("/api/v1/jobs/executions/" + killed).contains("\"serverLost\":true"),
                    "the killed import's server is lost");
            long restarted = executionId(revived.post("/api/v1/jobs/executions/" + killed + "/restart", 202));
            assertEquals("COMPLETED", waitForEnd(revived, restarted));
            var actual = revived.get("/api/v1/test-imports/digest?prefix=KILLED_&execution=" + restarted);
            assertTrue(expected.lines().anyMatch(l -> l.startsWith("R ")), "the file's bad rows are rejected");
            assertTrue(expected.lines().anyMatch(l -> l.startsWith("A ")), "payments are allocated to bills");
            assertSameState(expected, actual);
        }
    }

    /** The same rows for every prefix; a few bad payment rows on fixed lines. */
    private Path file(String kind, String prefix) throws Exception {
        var csv = new StringBuilder();
        switch (kind) {
            case "customers" -> {
                csv.append("customer_id,full_name,national_id,email,phone,time_zone,language,jurisdiction,"
                        + "consent_sms,consent_email\n");
                for (int c = 0; c < ACCOUNTS; c++) {
                    csv.append(prefix)
                            .append("C")
                            .append(c)
                            .append(",Cliente ")
                            .append(c)
                            .append(",ID")
                            .append(c)
                            .append(",c")
                            .append(c)
                            .append("@example.com,,America/Bogota,es,CO,true,true\n");
                }
            }
            case "accounts" -> {
                csv.append("account_id,customer_id,product,currency,opened_on,credit_limit\n");
                for (int a = 0; a < ACCOUNTS; a++) {
                    csv.append(prefix)
                            .append("A")
                            .append(a)
                            .append(',')
                            .append(prefix)
                            .append("C")
                            .append(a)
                            .append(",CREDIT_CARD,USD,2024-01-15,1000.00\n");
                }
            }
            case "bills" -> {
                csv.append("bill_id,account_id,due_date,amount_due\n");
                for (int a = 0; a < ACCOUNTS; a++) {
                    for (int m = 1; m <= 3; m++) {
                        csv.append(prefix)
                                .append("B")
                                .append(a)
                                .append('-')
                                .append(m)
                                .append(',')
                                .append(prefix)
                                .append("A")
                                .append(a)
                                .append(",2026-0")
                                .append(m)
                                .append("-10,")
                                .append(100 + (a * 7 + m * 13) % 300)
                                .append(".00\n");
                    }
                }
            }
            default -> {
                csv.append("payment_id,account_id,paid_on,amount,channel\n");
                for (int n = 0; n < PAYMENTS; n++) {
                    // Now and then the previous row's payment id again: as it was, or with another amount.
                    boolean repeated = n % 4999 == 7;
                    int k = repeated && (n / 4999) % 2 == 0 ? n - 1 : n;
                    var account = k % 997 == 5 ? "NOBODY" : "A" + (k % ACCOUNTS);
                    var line = prefix + "P" + (repeated ? n - 1 : n) + "," + prefix + account + ",2026-03-0"
                            + (1 + k % 9) + "," + (5 + k % 60) + ".25,BRANCH\n";
                    csv.append(line);
                }
            }
        }
        var path = temp.resolve(prefix + kind + ".csv");
        Files.writeString(path, csv);
        return path;
    }

    private static long upload(PayaraProcess server, String kind, Path file) throws Exception {
        var answer = server.post("/api/v1/imports/" + kind, file, "text/csv", 202);
        var m = EXECUTION.matcher(answer);
        assertTrue(m.find(), answer);
        return Long.parseLong(m.group(1));
    }

    private static String waitForEnd(PayaraProcess server, long execution) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            var status = server.get("/api/v1/test-imports/executions/" + execution);
            if (status.equals("COMPLETED")) {
                return status;
            }
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status + ": " + server.get("/api/v1/imports/" + execution) + "\n" + server.logTail(60);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("execution " + execution + " did not end");
    }

    private static void assertSameState(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        var missing = new LinkedHashSet<>(List.of(expected.split("\n")));
        missing.removeAll(List.of(actual.split("\n")));
        var extra = new LinkedHashSet<>(List.of(actual.split("\n")));
        extra.removeAll(List.of(expected.split("\n")));
        fail("the restarted import differs from the uninterrupted one; missing " + first(missing) + ", extra "
                + first(extra));
    }

    private static List<String> first(LinkedHashSet<String> lines) {
        return new ArrayList<>(lines).subList(0, Math.min(10, lines.size()));
    }

    private static long executionId(String json) {
        var id = java.util.regex.Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)")
                .matcher(json);
        assertTrue(id.find(), "an execution id in " + json);
        return Long.parseLong(id.group(1));
    }

    /** The server on {@code database} (a PostgreSQL schema, or null: the H2 file in {@code data}). */
    private static PayaraProcess start(Path war, Path data, String database) throws Exception {
        return PayaraProcess.of(war, data)
                .database(database)
                .heap("768m")
                .property("acuerdo.demo.load", "true")
                .property("acuerdo.demo.clients", "20")
                .property("acuerdo.business-date.settable", "true")
                .property("acuerdo.outbox.worker", "false")
                .property("acuerdo.nightly.enabled", "false")
                .property("acuerdo.reminders.retry", "false")
                // A killed server counts as lost 5 s after its last beat (production: 60 s).
                .property("acuerdo.jobs.heartbeat-seconds", "1")
                .property("acuerdo.jobs.server-lost-after-seconds", "5")
                .startTimeout(Duration.ofMinutes(8))
                .start();
    }
}

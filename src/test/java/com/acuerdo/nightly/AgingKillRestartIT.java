package com.acuerdo.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.PayaraProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restartability test, for real: Payara Micro runs as a process of its own; aging starts,
 * the process is killed (SIGKILL) once some ranges are committed, a new process starts on the same
 * database, the execution is restarted, and the final state equals that of an uninterrupted run of a
 * second server on an identical database (the same generated demo department). Slow (three server
 * starts): one test.
 *
 * <p>The database is PostgreSQL when the environment names one (CI, production's database), a schema
 * per server; otherwise an H2 file per server in a temporary folder. H2 does not always survive a
 * SIGKILL intact (an index left missing a row, seen in CI), so the PostgreSQL run is the one that
 * counts.
 */
class AgingKillRestartIT {

    private static final String CLIENTS = "1500";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    // Kept when the test fails: the three servers' logs are in it (server-*.log).
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    private final LocalDate night = LocalDate.now(ZoneOffset.UTC).plusDays(45);

    @Test
    void agingKilledMidWayAndRestartedEndsAsAnUninterruptedRun() throws Exception {
        var war = temp.resolve("acuerdo-test.war");
        Deployments.acuerdo()
                .addClass(JobsTestResource.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);

        String expected;
        try (var steady = start(war, temp.resolve("steady"), PayaraProcess.freshDatabase("aging_kill_steady"))) {
            long execution =
                    Long.parseLong(steady.post("/api/v1/test-jobs/aging?businessDate=" + night + "&rangeSize=1"));
            assertEquals("COMPLETED", waitForEnd(steady, execution));
            expected = steady.get("/api/v1/test-jobs/digest");
        }

        var data = temp.resolve("killed");
        var database = PayaraProcess.freshDatabase("aging_kill_killed");
        long execution;
        try (var doomed = start(war, data, database)) {
            execution = Long.parseLong(doomed.post("/api/v1/test-jobs/aging?businessDate=" + night + "&rangeSize=1"));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            int progress = 0;
            while (progress < 15 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                progress = Integer.parseInt(doomed.get("/api/v1/test-jobs/progress?businessDate=" + night));
            }
            var status = doomed.get("/api/v1/test-jobs/executions/" + execution);
            assertEquals("STARTED", status, "aging must still run when it is killed (progress " + progress + "%)");
            doomed.post("/api/v1/jobs/executions/" + execution + "/restart", 409);
            assertTrue(progress < 100);
            doomed.kill();
        }

        try (var revived = start(war, data, database)) {
            assertTrue(
                    Integer.parseInt(revived.get("/api/v1/test-jobs/progress?businessDate=" + night)) < 100,
                    "the kill interrupted aging");
            // IT's own restart (the product API): the killed execution still says STARTED, its server is gone.
            assertTrue(
                    revived.get("/api/v1/jobs/executions/" + execution).contains("\"serverLost\":true"),
                    "the killed execution's server is lost");
            var started = revived.post("/api/v1/jobs/executions/" + execution + "/restart", 202);
            long restarted = Long.parseLong(started.replaceAll("\\D+", ""));
            assertEquals("COMPLETED", waitForEnd(revived, restarted), "the restarted execution; see " + revived.log());
            var actual = revived.get("/api/v1/test-jobs/digest");
            assertSameState(expected, actual);
        }
    }

    private static void assertSameState(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        var missing = new LinkedHashSet<>(List.of(expected.split("\n")));
        missing.removeAll(List.of(actual.split("\n")));
        var extra = new LinkedHashSet<>(List.of(actual.split("\n")));
        extra.removeAll(List.of(expected.split("\n")));
        fail("the restarted run differs from the uninterrupted one; missing " + first(missing) + ", extra "
                + first(extra));
    }

    private static List<String> first(LinkedHashSet<String> lines) {
        return new ArrayList<>(lines).subList(0, Math.min(10, lines.size()));
    }

    private static String waitForEnd(PayaraProcess server, long execution) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            var status = server.get("/api/v1/test-jobs/executions/" + execution);
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("execution " + execution + " did not end");
    }

    /**
     * One Payara Micro process with the demo department, on {@code database} (a PostgreSQL schema, or
     * null: the H2 file in {@code data}).
     */
    private static PayaraProcess start(Path war, Path data, String database) throws Exception {
        return PayaraProcess.of(war, data)
                .database(database)
                .heap("768m")
                .property("acuerdo.demo.load", "true")
                .property("acuerdo.demo.clients", CLIENTS)
                .property("acuerdo.business-date.settable", "true")
                .property("acuerdo.outbox.worker", "false")
                .property("acuerdo.nightly.enabled", "false")
                .property("acuerdo.reminders.retry", "false")
                // A killed server counts as lost 5 s after its last beat (production: 60 s).
                .property("acuerdo.jobs.heartbeat-seconds", "1")
                .property("acuerdo.jobs.server-lost-after-seconds", "5")
                .startTimeout(START_TIMEOUT)
                .start();
    }
}

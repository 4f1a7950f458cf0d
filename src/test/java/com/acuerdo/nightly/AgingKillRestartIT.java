package com.acuerdo.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.acuerdo.testing.Deployments;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restartability test, for real: Payara Micro runs as a process of its own on a file H2
 * database in a temporary folder; aging starts, the process is killed (SIGKILL) once some ranges are
 * committed, a new process starts on the same database, the execution is restarted, and the final
 * state equals that of an uninterrupted run of a second server on an identical database (the same
 * generated demo department). Slow (three server starts): one test.
 */
class AgingKillRestartIT {

    private static final String CLIENTS = "1500";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    // Kept when the test fails: the three servers' logs are in it (server-*.log).
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final LocalDate night = LocalDate.now(ZoneOffset.UTC).plusDays(45);

    @Test
    void agingKilledMidWayAndRestartedEndsAsAnUninterruptedRun() throws Exception {
        var war = temp.resolve("acuerdo-test.war");
        Deployments.acuerdo()
                .addClass(JobsTestResource.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);

        String expected;
        try (var steady = Server.start(war, temp.resolve("steady"))) {
            long execution =
                    Long.parseLong(post(steady, "/api/v1/test-jobs/aging?businessDate=" + night + "&rangeSize=1"));
            assertEquals("COMPLETED", waitForEnd(steady, execution));
            expected = get(steady, "/api/v1/test-jobs/digest");
        }

        var data = temp.resolve("killed");
        long execution;
        try (var doomed = Server.start(war, data)) {
            execution = Long.parseLong(post(doomed, "/api/v1/test-jobs/aging?businessDate=" + night + "&rangeSize=1"));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            int progress = 0;
            while (progress < 15 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                progress = Integer.parseInt(get(doomed, "/api/v1/test-jobs/progress?businessDate=" + night));
            }
            var status = get(doomed, "/api/v1/test-jobs/executions/" + execution);
            assertEquals("STARTED", status, "aging must still run when it is killed (progress " + progress + "%)");
            assertTrue(progress < 100);
            doomed.kill();
        }

        try (var revived = Server.start(war, data)) {
            assertTrue(
                    Integer.parseInt(get(revived, "/api/v1/test-jobs/progress?businessDate=" + night)) < 100,
                    "the kill interrupted aging");
            long restarted = Long.parseLong(post(
                    revived,
                    "/api/v1/test-jobs/executions/" + execution + "/restart?businessDate=" + night + "&rangeSize=1"));
            assertEquals("COMPLETED", waitForEnd(revived, restarted), "the restarted execution; see " + revived.log());
            var actual = get(revived, "/api/v1/test-jobs/digest");
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

    private String waitForEnd(Server server, long execution) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            var status = get(server, "/api/v1/test-jobs/executions/" + execution);
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("execution " + execution + " did not end");
    }

    private String get(Server server, String path) throws Exception {
        return send(server, HttpRequest.newBuilder(server.uri(path)).GET());
    }

    private String post(Server server, String path) throws Exception {
        return send(server, HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(Server server, HttpRequest.Builder request) throws Exception {
        var response = http.send(
                request.header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:Demo.2026".getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), request.build().uri() + ": " + response.body());
        return response.body();
    }

    /** One Payara Micro process on the H2 database in {@code data}. */
    private record Server(Process process, int port, Path log) implements AutoCloseable {

        static Server start(Path war, Path data) throws Exception {
            Files.createDirectories(data);
            var properties = data.resolve("test-run.properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "acuerdo.demo.load=true",
                            "acuerdo.demo.clients=" + CLIENTS,
                            "acuerdo.business-date.settable=true",
                            "acuerdo.outbox.worker=false",
                            "acuerdo.nightly.enabled=false",
                            "acuerdo.reminders.retry=false"));
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var log = data.resolve("server-" + System.nanoTime() + ".log");
            var command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-Dacuerdo.data.dir=" + data,
                    "-jar",
                    System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--deploy",
                    war.toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    Integer.toString(port),
                    "--nocluster",
                    "--postbootcommandfile",
                    Path.of("payara-config", "embedded-run.asadmin")
                            .toAbsolutePath()
                            .toString(),
                    "--systemproperties",
                    properties.toString());
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var server = new Server(process, port, log);
            server.awaitReady();
            return server;
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private void awaitReady() throws Exception {
            var client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro ended while starting; see " + log);
                }
                try {
                    var response = client.send(
                            HttpRequest.newBuilder(uri("/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            close();
            throw new IllegalStateException("Payara Micro not ready in " + START_TIMEOUT + "; see " + log);
        }

        /** kill -9: no shutdown hook, no chance to mark the job. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }
}

package com.acuerdo.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a process of its own, for tests that must kill the server (restartability) or
 * bound its heap (benchmarks): the WAR on a free port, its data folder, its own system properties.
 * The database is an H2 file in the data folder ({@code embedded-run.asadmin}), kept across
 * restarts on the same folder, or PostgreSQL from the environment ({@code ACUERDO_DB_URL}, …, as
 * {@code postgresql.asadmin} reads it), optionally in a schema of its own. Calls go as the demo
 * {@code admin} over HTTP Basic.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final String ADMIN = "admin:Demo.2026";

    private final Process process;
    private final int port;
    private final Path log;
    // HTTP/1.1 as curl speaks it: over HTTP/2 the server's flow-control window makes a 56 MiB upload
    // take 0.9 s instead of 0.2 s.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The database for a server of its own: when the environment names PostgreSQL (ACUERDO_DB_URL, as
     * CI's does), an empty schema {@code name} in it (dropped first if it is there; the database's owner
     * may create schemas), else null for the H2 file in the server's data folder. Give it to {@link
     * Builder#database(String)} at every start of that server.
     */
    public static String freshDatabase(String name) throws SQLException {
        if (System.getenv("ACUERDO_DB_URL") == null) {
            return null;
        }
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + name);
        }
        try (var connection = DriverManager.getConnection(
                        requiredEnv("ACUERDO_DB_URL"),
                        requiredEnv("ACUERDO_DB_USER"),
                        requiredEnv("ACUERDO_DB_PASSWORD"));
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        return name;
    }

    private static String requiredEnv(String name) {
        var value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(
                    "PostgreSQL needs ACUERDO_DB_URL, ACUERDO_DB_USER, ACUERDO_DB_PASSWORD (" + name + " is not set)");
        }
        return value;
    }

    /** A server for {@code war} keeping its data (H2 database, log, files) in {@code data}. */
    public static Builder of(Path war, Path data) {
        return new Builder(war, data);
    }

    public static final class Builder {
        private final Path war;
        private final Path data;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private String heap = "768m";
        private boolean postgres;
        private String schema;
        private Duration startTimeout = Duration.ofMinutes(8);

        private Builder(Path war, Path data) {
            this.war = war;
            this.data = data;
        }

        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** The JVM's -Xmx, e.g. "768m" (the default) or "1g". */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** One more JVM option (e.g. a flight recording for a profile). */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** PostgreSQL from the environment (ACUERDO_DB_URL, ACUERDO_DB_USER, ACUERDO_DB_PASSWORD). */
        public Builder postgres() {
            this.postgres = true;
            return this;
        }

        /**
         * The database {@link #freshDatabase} answered: null keeps the H2 file; a schema means PostgreSQL
         * from the environment in that schema (tables, migrations and the job repository of this server
         * alone, kept across restarts).
         */
        public Builder database(String freshDatabase) {
            if (freshDatabase != null) {
                this.postgres = true;
                this.schema = freshDatabase;
            }
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        private Path postBootCommands() throws IOException {
            var commands = Path.of("payara-config", postgres ? "postgresql.asadmin" : "embedded-run.asadmin")
                    .toAbsolutePath();
            if (schema == null) {
                return commands;
            }
            // Payara's job repository sets its schema (default: public) on the pooled connections it
            // uses, which the application then gets back: both must name the server's schema.
            var own = data.resolve("postgresql-" + schema + ".asadmin");
            Files.writeString(
                    own,
                    Files.readString(commands)
                            + "\nset configs.config.server-config.batch-runtime-configuration.schema-name="
                            + schema + "\n");
            return own;
        }

        /** Starts the process and waits until the application is ready. */
        public PayaraProcess start() throws Exception {
            Files.createDirectories(data);
            var systemProperties = data.resolve("test-run.properties");
            var lines = new ArrayList<String>();
            properties.forEach((name, value) -> lines.add(name + "=" + value));
            Files.writeString(systemProperties, String.join("\n", lines));
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var log = data.resolve("server-" + System.nanoTime() + ".log");
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap,
                    "-Dacuerdo.data.dir=" + data));
            command.addAll(jvmOptions);
            command.addAll(List.of(
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
                    postBootCommands().toString(),
                    "--systemproperties",
                    systemProperties.toString()));
            if (postgres) {
                command.add("--addlibs");
                command.add(Path.of("target", "postgresql.jar").toAbsolutePath().toString());
            }
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (postgres) {
                var url = requiredEnv("ACUERDO_DB_URL");
                if (schema != null) {
                    builder.environment()
                            .put("ACUERDO_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                }
            }
            var process = builder.start();
            var server = new PayaraProcess(process, port, log);
            server.awaitReady(startTimeout);
            return server;
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the server's log, for a failure message. */
    public String logTail(int lines) {
        try {
            var all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** GET as admin; the body of a 200 (anything else fails). */
    public String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    /** POST without a body as admin; the body of a 200. */
    public String post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), 200);
    }

    /** POST without a body as admin, expecting {@code status}; answers the body. */
    public String post(String path, int status) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), status);
    }

    /** POST a file as admin, expecting {@code status}; answers the body. */
    public String post(String path, Path file, String contentType, int status) throws Exception {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofFile(file)),
                status);
    }

    private String send(HttpRequest.Builder request, int status) throws Exception {
        var response = http.send(
                request.header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new AssertionError(request.build().uri() + ": expected " + status + " but was "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended while starting; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(uri("/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Payara Micro not ready in " + timeout + "; see " + log);
    }

    /** kill -9: no shutdown hook, no chance to mark a running job. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}

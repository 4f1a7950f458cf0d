package com.acuerdo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.testing.PayaraProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's payments figure, as a benchmark (nothing is asserted about times): on a generated
 * portfolio in PostgreSQL ({@link PortfolioGenerator}, plus one fresh open bill per account for every
 * run, so payments have bills to pay), a payments file of {@code bench.payments} rows (1,000,000 by
 * default; every 10,000th row names an unknown account and must be rejected) is imported through
 * {@code POST /api/v1/imports/payments} on a Payara Micro started here with {@code -Xmx1g}, after a
 * warm-up import of 50,000 other payments (a server that has run a while has compiled the import's
 * code). Prints rows/s from the upload to the job's end, the steps' times and the server's heap peak
 * ({@code jstat}), checks
 * the money (every payment's amount = allocations + credit, no bill paid beyond its amount, credit
 * only where the account has no open bill), then imports the same file again (nothing may change).
 *
 * <p>{@code mvn -Pbench verify -Dit.test=PaymentImportBench -Dbench.accounts=250000 …} (README).
 */
class PaymentImportBench {

    private static final int WARM_UP_ROWS = 50_000;

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[0-9]+|null)");

    @Test
    void payments_import_rate() throws Exception {
        var settings = BenchSettings.fromSystemProperties();
        int rows = Integer.getInteger("bench.payments", 1_000_000);
        String heap = System.getProperty("bench.heap", "1g");
        BenchReport.start("Acuerdo payments import benchmark (issue 5) " + Instant.now() + ", " + rows
                + " payment rows, " + settings.accounts() + " accounts, server -Xmx" + heap + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        var war =
                Path.of(System.getProperty("acuerdo.war", "target/acuerdo.war")).toAbsolutePath();
        var data = Path.of("target", "bench", "payments-server").toAbsolutePath();
        var builder = PayaraProcess.of(war, data).postgres().heap(heap);
        for (var option : System.getProperty("bench.jvmOptions", "").split(" ")) {
            if (!option.isBlank()) {
                builder.jvmOption(option); // e.g. -XX:StartFlightRecording=filename=… for a profile
            }
        }
        try (var server = builder.property("acuerdo.demo.load", "true")
                .property("acuerdo.demo.clients", "20")
                .property("acuerdo.business-date.settable", "true")
                .property("acuerdo.outbox.worker", "false")
                .property("acuerdo.nightly.enabled", "false")
                .property("acuerdo.reminders.retry", "false")
                .start()) {
            BenchReport.add(new PortfolioGenerator(settings).ensure());
            String run = Long.toString(System.currentTimeMillis(), 36);
            var file = data.resolve("payments-" + run + ".csv");
            long expectedRejects;
            var warmUp = data.resolve("payments-" + run + "-warm-up.csv");
            try (var db = PortfolioGenerator.connect()) {
                long started = System.nanoTime();
                long bills = openOneBillPerAccount(db, run, settings.accounts());
                BenchReport.add("one fresh open bill for each of " + bills + " accounts in " + seconds(started) + " s");
                started = System.nanoTime();
                expectedRejects = writePayments(db, file, run, rows);
                writePayments(db, warmUp, run + "W", WARM_UP_ROWS); // ids BP-<run>W-…: not this run's
                BenchReport.add("payments file: " + rows + " rows, " + Files.size(file) / (1 << 20) + " MiB, "
                        + expectedRejects + " with an unknown account, written in " + seconds(started) + " s");
            }

            // A server that has run for a while has compiled the import's code: a smaller file first.
            importFile(server, warmUp, WARM_UP_ROWS, "warm-up import (" + WARM_UP_ROWS + " other payments)");
            var first = importFile(server, file, rows, "first import");
            assertEquals("COMPLETED", first.status);
            assertEquals(rows - expectedRejects, first.accepted, "every good row accepted");
            assertEquals(expectedRejects, first.rejected, "every bad row rejected with its line");
            checkMoney(run, rows - expectedRejects);
            var state = fingerprint();

            var again = importFile(server, file, rows, "same file again");
            assertEquals("COMPLETED", again.status);
            assertEquals(rows - expectedRejects, again.accepted);
            assertEquals(expectedRejects, again.rejected);
            assertEquals(state, fingerprint(), "a re-run changes nothing");
            checkMoney(run, rows - expectedRejects);
        }
    }

    private record Outcome(String status, long accepted, long rejected) {}

    /** Payments, allocations and what the bills have been paid, in figures. */
    private static String fingerprint() throws SQLException {
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement();
                var rs = st.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM payment), (SELECT COUNT(*) FROM payment_allocation),"
                                + " (SELECT SUM(amount_paid) FROM bill), (SELECT SUM(version) FROM bill)")) {
            rs.next();
            return rs.getLong(1) + " payments, " + rs.getLong(2) + " allocations, "
                    + rs.getBigDecimal(3).toPlainString() + " paid on bills, bill versions " + rs.getLong(4);
        }
    }

    private static Outcome importFile(PayaraProcess server, Path file, int rows, String label) throws Exception {
        try (var heap = new HeapWatch(server.pid())) {
            double cpuBefore = cpuSeconds(server.pid());
            String checkpoint = checkpoint();
            String walBefore = walPosition();
            var startedAt = Instant.now();
            long started = System.nanoTime();
            var answer = server.post("/api/v1/imports/payments", file, "text/csv", 202);
            double answered = (System.nanoTime() - started) / 1e9;
            long execution = Long.parseLong(field(answer, "executionId"));
            String body;
            while (true) {
                body = server.get("/api/v1/imports/" + execution);
                var status = field(body, "status");
                if (!status.equals("STARTING") && !status.equals("STARTED")) {
                    break;
                }
                Thread.sleep(250);
            }
            double wall = (System.nanoTime() - started) / 1e9;
            double cpu = cpuSeconds(server.pid()) - cpuBefore;
            var job = server.get("/api/v1/jobs/executions/" + execution);
            var outcome = new Outcome(
                    field(body, "status"),
                    Long.parseLong(field(body, "accepted")),
                    Long.parseLong(field(body, "rejected")));
            BenchReport.add(String.format(
                    "%s: %s in %.1f s from upload to end = %,.0f rows/s (accepted %d, rejected %d);"
                            + " server heap used at most %d MiB (committed at most %d MiB); server CPU %.1f s;"
                            + " load average %s",
                    label,
                    outcome.status,
                    wall,
                    rows / wall,
                    outcome.accepted,
                    outcome.rejected,
                    heap.peakKib() / 1024,
                    heap.capacityKib() / 1024,
                    cpu,
                    Files.readString(Path.of("/proc/loadavg")).trim()));
            BenchReport.add(String.format(
                    "  %s; upload started %s, answered after %.1f s; job from %s to %s; PostgreSQL wrote %,d MiB of WAL",
                    checkpoint,
                    startedAt,
                    answered,
                    field(job, "start"),
                    field(job, "end"),
                    walSince(walBefore) >> 20));
            BenchReport.add("  job execution: " + job);
            return outcome;
        }
    }

    /** Adds one unpaid bill, due in 15 days, to every bench account: the payments have bills to pay. */
    private static long openOneBillPerAccount(Connection db, String run, long accounts) throws SQLException {
        long base;
        try (var st = db.createStatement();
                var rs = st.executeQuery("SELECT nextval('bill_seq')")) {
            rs.next();
            base = rs.getLong(1);
        }
        try (var st = db.createStatement()) {
            st.executeQuery("SELECT setval('bill_seq', " + (base + accounts) + ")")
                    .close();
            return st.executeUpdate(
                    "INSERT INTO bill (id, external_id, account_id, due_date, amount_due, amount_due_currency,"
                            + " amount_paid, amount_paid_currency, version)"
                            + " SELECT " + base + " + (a.id - m.first), 'BENCH-NB-" + run + "-' || (a.id - m.first),"
                            + " a.id, (SELECT current_date_value FROM business_date WHERE id = 1) + 15,"
                            + " " + unit("a.currency") + " * (60 + (a.id % 140)), a.currency, 0, a.currency, 0"
                            + " FROM account a, (SELECT MIN(id) AS first FROM account WHERE external_id LIKE 'BENCH-A-%') m"
                            + " WHERE a.external_id LIKE 'BENCH-A-%' AND a.id - m.first < " + accounts);
        }
    }

    private static String unit(String currency) {
        return "(CASE " + currency + " WHEN 'MXN' THEN 18 WHEN 'COP' THEN 4000 WHEN 'CLP' THEN 900 ELSE 1 END)";
    }

    /** Round robin over the bench accounts (every chunk meets thousands of accounts); answers the bad rows. */
    private static long writePayments(Connection db, Path file, String run, int rows) throws Exception {
        var accounts = new ArrayList<String[]>();
        LocalDate today;
        try (var st = db.createStatement()) {
            try (var rs = st.executeQuery("SELECT current_date_value FROM business_date WHERE id = 1")) {
                rs.next();
                today = rs.getDate(1).toLocalDate();
            }
            try (var rs = st.executeQuery(
                    "SELECT external_id, currency FROM account WHERE external_id LIKE 'BENCH-A-%' ORDER BY id")) {
                while (rs.next()) {
                    accounts.add(new String[] {rs.getString(1), rs.getString(2).strip()});
                }
            }
        }
        String[] channels = {"TRANSFER", "ONLINE", "BRANCH", "DIRECT_DEBIT", "CORRESPONDENT"};
        long bad = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("payment_id,account_id,paid_on,amount,channel\n");
            for (int n = 0; n < rows; n++) {
                var account = accounts.get(n % accounts.size());
                int unit =
                        switch (account[1]) {
                            case "MXN" -> 18;
                            case "COP" -> 4000;
                            case "CLP" -> 900;
                            default -> 1;
                        };
                boolean unknown = n % 10_000 == 9_999;
                bad += unknown ? 1 : 0;
                out.write("BP-" + run + "-" + n + "," + (unknown ? "BENCH-A-MISSING" : account[0]) + ","
                        + today.minusDays(n % 20) + "," + unit * (20 + (n * 7) % 80) + "," + channels[n % 5] + "\n");
            }
        }
        return bad;
    }

    /** The money adds up for this run's payments; credit stays only where no bill is open. */
    private static void checkMoney(String run, long payments) throws SQLException {
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement()) {
            try (var rs = st.executeQuery("SELECT COUNT(*), COALESCE(SUM(p.amount - p.unallocated), 0),"
                    + " (SELECT COALESCE(SUM(x.amount), 0) FROM payment_allocation x JOIN payment q ON q.id = x.payment_id"
                    + "  WHERE q.external_id LIKE 'BP-" + run + "-%'),"
                    + " (SELECT COUNT(*) FROM payment_allocation x JOIN payment q ON q.id = x.payment_id"
                    + "  WHERE q.external_id LIKE 'BP-" + run + "-%')"
                    + " FROM payment p WHERE p.external_id LIKE 'BP-" + run + "-%'")) {
                rs.next();
                assertEquals(payments, rs.getLong(1), "payments posted");
                assertEquals(0, rs.getBigDecimal(2).compareTo(rs.getBigDecimal(3)), "allocated = amount - credit");
                BenchReport.add("  check: " + rs.getLong(1) + " payments, " + rs.getLong(4) + " allocations, "
                        + rs.getBigDecimal(3).toPlainString() + " allocated");
            }
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM bill WHERE amount_paid > amount_due")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no bill paid beyond its amount");
            }
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM payment p WHERE p.external_id LIKE 'BP-" + run
                    + "-%' AND p.unallocated > 0 AND EXISTS (SELECT 1 FROM bill b WHERE b.account_id = p.account_id"
                    + " AND b.amount_paid < b.amount_due)")) {
                rs.next();
                assertTrue(rs.getLong(1) == 0, "credit only where every bill is paid (oldest first)");
            }
        }
    }

    private static String field(String json, String name) {
        var m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2).replace("\"", "");
            }
        }
        throw new AssertionError("no " + name + " in " + json);
    }

    /**
     * A checkpoint just before the import, as the night has it (checkpoints come every few minutes, imports
     * once a night): every page the import touches is then written to the log in full once, and no
     * checkpoint of earlier work writes pages meanwhile. Without it the figures swing by several seconds
     * with where the checkpoint cycle stands. Needs the role pg_checkpoint (README).
     */
    private static String checkpoint() {
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement()) {
            st.execute("CHECKPOINT");
            return "checkpoint just before";
        } catch (SQLException e) {
            return "no checkpoint before (" + e.getMessage().strip() + ")";
        }
    }

    /** Where PostgreSQL's write-ahead log stands. */
    private static String walPosition() throws SQLException {
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement();
                var rs = st.executeQuery("SELECT CAST(pg_current_wal_lsn() AS VARCHAR(32))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Bytes of write-ahead log written since {@code position}: WAL is much of what an import costs. */
    private static long walSince(String position) throws SQLException {
        try (var db = PortfolioGenerator.connect();
                var st = db.prepareStatement(
                        "SELECT CAST(pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(? AS pg_lsn)) AS BIGINT)")) {
            st.setString(1, position);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** User + system CPU of a process (Linux /proc, clock ticks of 1/100 s); 0 elsewhere. */
    private static double cpuSeconds(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    /** The server's heap, sampled by {@code jstat -gc} every 200 ms: used = survivors + eden + old. */
    private static final class HeapWatch implements AutoCloseable {
        private final Process jstat;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong capacity = new AtomicLong();
        private final Thread reader;

        HeapWatch(long pid) throws Exception {
            jstat = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jstat")
                                    .toString(),
                            "-gc",
                            Long.toString(pid),
                            "200")
                    .redirectErrorStream(true)
                    .start();
            reader = new Thread(this::read, "heap-watch");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (var lines =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String[] header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    var cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                        header = cells;
                        continue;
                    }
                    if (header == null || cells.length != header.length) {
                        continue;
                    }
                    double used = 0;
                    double cap = 0;
                    for (int i = 0; i < header.length; i++) {
                        switch (header[i]) {
                            case "S0U", "S1U", "EU", "OU" -> used += Double.parseDouble(cells[i]);
                            case "S0C", "S1C", "EC", "OC" -> cap += Double.parseDouble(cells[i]);
                            default -> {}
                        }
                    }
                    peak.accumulateAndGet((long) used, Math::max);
                    capacity.accumulateAndGet((long) cap, Math::max);
                }
            } catch (Exception e) {
                // jstat ended
            }
        }

        long peakKib() {
            return peak.get();
        }

        long capacityKib() {
            return capacity.get();
        }

        @Override
        public void close() throws Exception {
            jstat.destroy();
            reader.join(Duration.ofSeconds(5).toMillis());
        }
    }
}

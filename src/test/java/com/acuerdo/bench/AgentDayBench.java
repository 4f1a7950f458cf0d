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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's performance figures, as a benchmark (nothing is asserted about times): with a generated
 * portfolio in PostgreSQL ({@link PortfolioGenerator}),
 *
 * <ol>
 *   <li>the contact check of the boundary (its database reads included) timed in-process by a
 *       test-only resource ({@link ContactCheckProbe}) as a bench agent, and the pure guard alone;
 *   <li>{@code agents} simulated agents, each logged in through the JSF form, each looping "my
 *       worklist's first page, then one of my cases" with a pause between pages; warm-up rounds
 *       first, then the measured rounds all together. Every answer must be a 200 and the real page.
 * </ol>
 *
 * Run with {@code mvn -Pbench verify} (README, Benchmarks); figures in {@code target/bench/report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDayBench {

    private static final String WORKLIST = "/agent/worklist.xhtml";
    private static final String WORKLIST_MARK = "id=\"wl:cases\"";
    private static final String CASE_MARK = "id=\"clientName\"";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(ContactCheckProbe.class, Timings.class);
    }

    // ------------------------------------------------------------------ 1. the portfolio

    @Test
    @Order(1)
    void portfolio_is_generated_once() throws Exception {
        var settings = BenchSettings.fromSystemProperties();
        BenchReport.start("Acuerdo benchmark (issue 4) " + Instant.now() + ", " + settings + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        BenchReport.add(new PortfolioGenerator(settings).ensure());
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement();
                var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM bill),"
                        + " (SELECT COUNT(*) FROM collection_case WHERE status = 'OPEN'), (SELECT COUNT(*) FROM contact),"
                        + " pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            BenchReport.add(String.format(
                    "database: %,d accounts, %,d bills, %,d open cases, %,d contacts, %s",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
            assertTrue(rs.getLong(1) >= settings.accounts());
        }
    }

    // ------------------------------------------------------------------ 2. contact check, in-process

    @Test
    @Order(2)
    void contact_check_in_process(@ArquillianResource URL base) throws Exception {
        var settings = BenchSettings.fromSystemProperties();
        var credentials = BenchSettings.username(0) + ":" + BenchSettings.PASSWORD;
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                                        + "/api/v1/test-bench/contact-check?checks=" + settings.contactChecks()))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .timeout(Duration.ofMinutes(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        answer.body().lines().forEach(BenchReport::add);
    }

    // ------------------------------------------------------------------ 3. agents on the screens

    @Test
    @Order(3)
    void agents_open_their_worklist_and_cases(@ArquillianResource URL base) throws Exception {
        var settings = BenchSettings.fromSystemProperties();
        var casesOf = benchCases();
        assertEquals(settings.agents(), casesOf.size(), "every bench agent holds cases");

        int agents = settings.agents();
        var worklist = new ConcurrentLinkedQueue<Long>();
        var cases = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<String>();
        var measuring = new CyclicBarrier(agents + 1);
        var done = new CountDownLatch(agents);
        var pool = Executors.newFixedThreadPool(agents);
        var usernames = new ArrayList<>(casesOf.keySet());
        long loginStarted = System.nanoTime();
        for (int n = 0; n < agents; n++) {
            var username = usernames.get(n);
            var own = casesOf.get(username);
            var random = new Random(n);
            pool.submit(() -> {
                try {
                    var session = new WebSession(base);
                    session.signIn(username, BenchSettings.PASSWORD);
                    for (int round = 0; round < settings.warmupRounds(); round++) {
                        visit(session, WORKLIST, WORKLIST_MARK, null, failures);
                        think(settings, random);
                        visit(session, casePath(own, random), CASE_MARK, null, failures);
                        think(settings, random);
                    }
                    measuring.await();
                    for (int round = 0; round < settings.measuredRounds(); round++) {
                        visit(session, WORKLIST, WORKLIST_MARK, worklist, failures);
                        think(settings, random);
                        visit(session, casePath(own, random), CASE_MARK, cases, failures);
                        think(settings, random);
                    }
                } catch (Exception | AssertionError e) {
                    failures.add(username + ": " + e);
                    measuring.reset();
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        measuring.await(30, TimeUnit.MINUTES);
        long started = System.nanoTime();
        BenchReport.add(String.format(
                "agents: %d logged in and warmed up (%d rounds) in %.1f s; think time %d ms; measuring %d rounds",
                agents,
                settings.warmupRounds(),
                (started - loginStarted) / 1e9,
                settings.thinkMillis(),
                settings.measuredRounds()));
        done.await(60, TimeUnit.MINUTES);
        long wall = System.nanoTime() - started;
        pool.shutdownNow();

        BenchReport.add(timings("worklist first page", worklist, wall).line());
        BenchReport.add(timings("case workspace", cases, wall).line());
        BenchReport.add(
                "goal (issue 4): median <= 150 ms and p95 <= 400 ms for both pages; contact-check median <= 5 ms");
        assertTrue(failures.isEmpty(), failures.size() + " failed requests, e.g. " + failures.peek());
        assertEquals((long) agents * settings.measuredRounds(), worklist.size());
    }

    /** One page: timed (when {@code into} is given), and checked to be the real page. */
    private static void visit(
            WebSession session,
            String path,
            String mark,
            ConcurrentLinkedQueue<Long> into,
            ConcurrentLinkedQueue<String> failures)
            throws Exception {
        long started = System.nanoTime();
        var answer = session.get(path);
        long took = System.nanoTime() - started;
        if (answer.statusCode() != 200 || !answer.body().contains(mark)) {
            failures.add(
                    path + " answered " + answer.statusCode() + (answer.statusCode() == 200 ? " without " + mark : ""));
            return;
        }
        if (into != null) {
            into.add(took);
        }
    }

    private static String casePath(List<Long> own, Random random) {
        return "/agent/case.xhtml?id=" + own.get(random.nextInt(own.size()));
    }

    private static void think(BenchSettings settings, Random random) throws InterruptedException {
        if (settings.thinkMillis() > 0) {
            Thread.sleep(settings.thinkMillis() / 2 + random.nextInt(settings.thinkMillis() + 1));
        }
    }

    private static Timings timings(String name, ConcurrentLinkedQueue<Long> nanos, long wall) {
        return new Timings(name, nanos.stream().mapToLong(Long::longValue).toArray(), wall);
    }

    /** Each bench agent's open cases, from the database. */
    private static Map<String, List<Long>> benchCases() throws Exception {
        var casesOf = new LinkedHashMap<String, List<Long>>();
        try (var db = PortfolioGenerator.connect();
                var st = db.createStatement();
                var rs = st.executeQuery("SELECT u.username, c.id FROM collection_case c"
                        + " JOIN agent a ON a.id = c.assigned_agent_id JOIN app_user u ON u.id = a.user_id"
                        + " JOIN team t ON t.id = a.team_id WHERE t.name = '" + PortfolioGenerator.TEAM + "'"
                        + " AND c.status = 'OPEN' ORDER BY u.username, c.id")) {
            while (rs.next()) {
                casesOf.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return casesOf;
    }
}

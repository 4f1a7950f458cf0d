package com.acuerdo.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Promises to pay, payment arrangements and the approval queue through the REST contract, as an
 * integrator, an agent and supervisors call them: every status code and JSON error body, the rules at
 * their edges, the row-level rule, the audit trail and the optimistic-lock conflict. The data is a
 * fresh scenario stored by {@link NegotiationFixtures} (test archive only), never the demo data; each
 * test works on its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NegotiationIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final Pattern ARRANGEMENT_ID = Pattern.compile("\"arrangementId\":(\\d+)");
    private static final Pattern PROMISE_ID = Pattern.compile("\"promiseId\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(NegotiationFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    private static Scenario scenario;

    record Scenario(Properties facts) {
        String get(String key) {
            return facts.getProperty(key);
        }

        String account(String name) {
            return get("account." + name);
        }

        String login(String who) {
            return get(who) + ":" + get("password");
        }

        LocalDate today() {
            return LocalDate.parse(get("businessDate"));
        }
    }

    private Scenario scenario() throws Exception {
        if (scenario == null) {
            scenario = new Scenario(Http.facts(http("POST", "/api/v1/test-fixtures/negotiation", ADMIN, null)));
        }
        return scenario;
    }

    // ---------------------------------------------------------------- promises

    @Test
    void an_agent_makes_a_promise_lists_it_and_a_second_open_one_on_the_case_is_refused() throws Exception {
        var s = scenario();
        var account = s.account("promise");
        var dueOn = s.today().plusDays(5);

        var made = post(promises(account), s.login("agentA"), "{\"amount\":\"400.00\",\"dueOn\":\"" + dueOn + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(made.body())
                .contains("\"accountId\":\"" + account + "\"")
                .contains("\"amount\":\"400.00\"", "\"currency\":\"CHF\"", "\"status\":\"OPEN\"")
                .contains("\"dueOn\":\"" + dueOn + "\"", "\"madeOn\":\"" + s.today() + "\"");
        var promiseId = first(PROMISE_ID, made.body());

        var list = get(promises(account), s.login("agentA"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).startsWith("[").contains("\"promiseId\":" + promiseId, "\"status\":\"OPEN\"");

        var second = post(promises(account), s.login("agentA"), "{\"amount\":100,\"dueOn\":\"" + dueOn + "\"}");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).isEqualTo("{\"error\":\"invalid\",\"reasons\":[\"OPEN_PROMISE_EXISTS\"]}");

        assertThat(auditOf("PROMISE", promiseId)).contains("PROMISE_MADE " + s.get("agentA"));
        assertThat(auditOf("ACCOUNT", account))
                .contains("PROMISE_REFUSED " + s.get("agentA") + " | OPEN_PROMISE_EXISTS");
        assertThat(get(promises(account), s.login("agentA")).body()).containsOnlyOnce("\"promiseId\"");
    }

    @Test
    void an_open_promise_is_cancelled_once_with_the_version_seen_and_a_new_one_can_be_made() throws Exception {
        var s = scenario();
        var account = s.account("cancel");
        var made = post(promises(account), s.login("agentA"), promise("\"50.00\"", s.today()));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        var promiseId = first(PROMISE_ID, made.body());
        long version = Long.parseLong(first(VERSION, made.body()));

        var stale = post(cancel(account, promiseId), s.login("agentA"), "{\"version\":" + (version + 7) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"error\":\"conflict\"", "CHANGED_BY_SOMEONE_ELSE");

        var cancelled = post(cancel(account, promiseId), s.login("agentA"), "{\"version\":" + version + "}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"", "\"resolvedOn\":\"" + s.today() + "\"");
        var again = post(cancel(account, promiseId), s.login("agentA"), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("PROMISE_NOT_OPEN (status=CANCELLED)");
        assertThat(auditOf("PROMISE", promiseId)).contains("PROMISE_CANCELLED " + s.get("agentA"));

        var replacement =
                post(promises(account), s.login("agentA"), "{\"amount\":\"75.50\",\"dueOn\":\"" + s.today() + "\"}");
        assertThat(replacement.statusCode()).as(replacement.body()).isEqualTo(201);
    }

    @Test
    void a_promise_respects_the_balance_the_decimals_and_the_policys_days_ahead_at_their_edges() throws Exception {
        var s = scenario();
        var account = s.account("promiseRules");
        var latest = s.today().plusDays(NegotiationFixtures.MAX_PROMISE_DAYS);
        var login = s.login("agentA");

        var aboveBalance = post(promises(account), login, promise("\"1000.01\"", latest));
        assertThat(aboveBalance.statusCode()).isEqualTo(422);
        assertThat(aboveBalance.body())
                .isEqualTo("{\"error\":\"invalid\",\"reasons\":"
                        + "[\"AMOUNT_ABOVE_BALANCE (amount=1000.01, balance=1000.00, currency=CHF)\"]}");

        var tooFar = post(promises(account), login, promise("\"100.00\"", latest.plusDays(1)));
        assertThat(tooFar.statusCode()).isEqualTo(422);
        assertThat(tooFar.body())
                .contains("DUE_TOO_FAR_AHEAD (dueOn=" + latest.plusDays(1) + ", latest=" + latest + ", maxDaysAhead="
                        + NegotiationFixtures.MAX_PROMISE_DAYS + ")");

        var everything = post(promises(account), login, promise("0", s.today().minusDays(1)));
        assertThat(everything.statusCode()).isEqualTo(422);
        assertThat(everything.body()).contains("AMOUNT_NOT_POSITIVE", "DUE_BEFORE_BUSINESS_DATE");

        var tooPrecise = post(promises(account), login, promise("\"10.005\"", latest));
        assertThat(tooPrecise.statusCode()).isEqualTo(422);
        assertThat(tooPrecise.body()).contains("AMOUNT_DECIMALS (amount=10.005, currency=CHF, decimals=2)");
        assertThat(get(promises(account), login).body()).isEqualTo("[]");

        // The whole balance, as a JSON number, on the last allowed day: accepted.
        var edge = post(promises(account), login, promise("1000", latest));
        assertThat(edge.statusCode()).as(edge.body()).isEqualTo(201);
        assertThat(edge.body()).contains("\"amount\":\"1000.00\"", "\"dueOn\":\"" + latest + "\"");
        assertThat(auditOf("ACCOUNT", account)).contains("AMOUNT_ABOVE_BALANCE", "DUE_TOO_FAR_AHEAD");
    }

    // ---------------------------------------------------------------- arrangements

    @Test
    void inside_the_policy_an_arrangement_is_active_at_once_with_an_exact_schedule() throws Exception {
        var s = scenario();
        var account = s.account("active");
        var first = s.today().plusDays(10);

        var response = post(
                arrangements(account),
                s.login("agentA"),
                "{\"downPayment\":\"100.00\",\"instalments\":7,\"frequency\":\"MONTHLY\",\"firstDueOn\":\"" + first
                        + "\",\"discountPercent\":0}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var body = response.body();
        assertThat(body)
                .contains("\"status\":\"ACTIVE\"", "\"currency\":\"CHF\"", "\"totalBeforeDiscount\":\"1000.00\"")
                .contains("\"downPayment\":\"100.00\"", "\"financed\":\"900.00\"", "\"instalments\":7")
                .contains("\"approvalReasons\":[]");
        var schedule = scheduleOf(body);
        assertThat(schedule).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(schedule.get(i))
                    .contains("\"number\":" + (i + 1))
                    .contains("\"dueOn\":\"" + first.plusMonths(i) + "\"")
                    .contains("\"amount\":\"" + (i < 6 ? "128.57" : "128.58") + "\"");
        }
        var arrangementId = first(ARRANGEMENT_ID, body);

        var list = get(arrangements(account), s.login("agentA"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"arrangementId\":" + arrangementId, "\"status\":\"ACTIVE\"");
        assertThat(auditOf("ARRANGEMENT", arrangementId)).contains("ARRANGEMENT_AGREED " + s.get("agentA"));

        // One live arrangement per account: a second is a conflict and changes nothing.
        var second = post(arrangements(account), s.login("agentA"), arrangement("100.00", 3, first, "0"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("LIVE_ARRANGEMENT_EXISTS");
        assertThat(get(arrangements(account), s.login("agentA")).body().split("\"arrangementId\"", -1))
                .hasSize(2);
    }

    @Test
    void a_currency_without_decimals_gets_whole_instalments_and_refuses_fractions() throws Exception {
        var s = scenario();
        var account = s.account("yen");
        var first = s.today().plusDays(7);

        var fraction = post(arrangements(account), s.login("agentA"), arrangement("10000.5", 7, first, "0"));
        assertThat(fraction.statusCode()).isEqualTo(422);
        assertThat(fraction.body()).contains("DOWN_PAYMENT_DECIMALS (downPayment=10000.5, currency=JPY, decimals=0)");

        var response = post(arrangements(account), s.login("agentA"), arrangement("10000", 7, first, "0"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"status\":\"ACTIVE\"", "\"totalBeforeDiscount\":\"100000\"");
        assertThat(scheduleOf(response.body()))
                .extracting(line -> line.replaceAll(".*\"amount\":\"([^\"]+)\".*", "$1"))
                .containsExactly("12857", "12857", "12857", "12857", "12857", "12857", "12858");
    }

    @Test
    void beyond_the_soft_limits_it_waits_for_the_teams_supervisor_who_approves_it() throws Exception {
        var s = scenario();
        var account = s.account("approve");

        var response = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("100.00", 18, s.today().plusDays(10), "0"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body())
                .contains("\"status\":\"PENDING_APPROVAL\"")
                .contains("\"approvalReasons\":[\"MAX_INSTALMENTS (instalments=18, max=12)\"]")
                .contains("\"decidedBy\":null");
        var id = first(ARRANGEMENT_ID, response.body());

        assertThat(get("/api/v1/approvals", s.login("agentA")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/approvals", s.login("supervisorB")).body())
                .doesNotContain("\"arrangementId\":" + id + ",");
        var foreign = post(approve(id), s.login("supervisorB"), "{\"reason\":\"not mine\"}");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"error\":\"forbidden\"");

        var queue = get("/api/v1/approvals", s.login("supervisorA"));
        assertThat(queue.statusCode()).isEqualTo(200);
        var entry = entryOf(queue.body(), id);
        long version = Long.parseLong(first(VERSION, entry.substring(entry.lastIndexOf("\"version\""))));

        var approved = post(
                approve(id),
                s.login("supervisorA"),
                "{\"reason\":\"Ingreso recuperado, plazo razonable\",\"version\":" + version + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body())
                .contains("\"status\":\"ACTIVE\"", "\"decidedBy\":\"" + s.get("supervisorA") + "\"")
                .contains("\"decisionReason\":\"Ingreso recuperado, plazo razonable\"");

        var agentView = get(arrangements(account), s.login("agentA")).body();
        assertThat(agentView)
                .contains("\"status\":\"ACTIVE\"", "\"decidedBy\":\"" + s.get("supervisorA") + "\"")
                .contains("\"decidedAt\":\"");
        assertThat(get("/api/v1/approvals", s.login("supervisorA")).body())
                .doesNotContain("\"arrangementId\":" + id + ",");
        assertThat(auditOf("ARRANGEMENT", id))
                .contains("ARRANGEMENT_SUBMITTED " + s.get("agentA"))
                .contains("ARRANGEMENT_APPROVED " + s.get("supervisorA") + " | Ingreso recuperado");
    }

    @Test
    void a_rejection_needs_a_reason_that_the_agent_then_sees() throws Exception {
        var s = scenario();
        var account = s.account("reject");

        var response = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("80.00", 6, s.today().plusDays(20), "12.5"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body())
                .contains("\"status\":\"PENDING_APPROVAL\"", "\"discountPercent\":\"12.5\"")
                .contains("MAX_DISCOUNT (discountPercent=12.5, max=10)")
                .contains("MAX_DAYS_TO_FIRST_PAYMENT (days=20, max=15)")
                .contains("\"totalAfterDiscount\":\"875.00\"", "\"financed\":\"795.00\"");
        var id = first(ARRANGEMENT_ID, response.body());

        var noReason = post(reject(id), s.login("supervisorA"), "{\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).isEqualTo("{\"error\":\"invalid\",\"reasons\":[\"REASON_REQUIRED\"]}");

        var rejected = post(reject(id), s.login("supervisorA"), "{\"reason\":\"La quita excede lo razonable\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"status\":\"REJECTED\"");

        var agentView = get(arrangements(account), s.login("agentA")).body();
        assertThat(agentView)
                .contains("\"status\":\"REJECTED\"", "\"decisionReason\":\"La quita excede lo razonable\"")
                .contains("\"decidedBy\":\"" + s.get("supervisorA") + "\"");
        var late = post(approve(id), ADMIN, "{}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("NOT_PENDING_APPROVAL (status=REJECTED)");
        assertThat(auditOf("ARRANGEMENT", id))
                .contains("ARRANGEMENT_REJECTED " + s.get("supervisorA") + " | La quita excede lo razonable");
    }

    @Test
    void beyond_the_hard_limits_or_with_impossible_figures_it_is_refused_with_every_reason() throws Exception {
        var s = scenario();
        var account = s.account("hard");

        var hard = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("100.00", 25, s.today().plusDays(10), "35"));
        assertThat(hard.statusCode()).isEqualTo(422);
        assertThat(hard.body())
                .isEqualTo("{\"error\":\"invalid\",\"reasons\":[\"MAX_INSTALMENTS (instalments=25, max=24)\","
                        + "\"MAX_DISCOUNT (discountPercent=35, max=30)\"]}");

        var impossible = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("\"1000.00\"", 0, s.today().minusDays(1), "0"));
        assertThat(impossible.statusCode()).isEqualTo(422);
        assertThat(impossible.body())
                .contains("INSTALMENTS_OUT_OF_RANGE", "FIRST_DUE_BEFORE_BUSINESS_DATE", "DOWN_PAYMENT_COVERS_DEBT");

        var tooPrecise = post(arrangements(account), s.login("agentA"), arrangement("\"100.001\"", 6, s.today(), "0"));
        assertThat(tooPrecise.statusCode()).isEqualTo(422);
        assertThat(tooPrecise.body()).contains("DOWN_PAYMENT_DECIMALS");

        assertThat(get(arrangements(account), s.login("agentA")).body()).isEqualTo("[]");
        assertThat(auditOf("ACCOUNT", account))
                .contains("ARRANGEMENT_REFUSED " + s.get("agentA") + " | MAX_INSTALMENTS (instalments=25, max=24)");
    }

    // ---------------------------------------------------------------- the row-level rule, 404, 400

    @Test
    void another_agents_account_is_403_an_unknown_one_404_and_a_malformed_body_400() throws Exception {
        var s = scenario();
        var foreign = s.account("otherAgent");
        var login = s.login("agentA");
        var dueOn = s.today().plusDays(3);

        for (var response : List.of(
                post(promises(foreign), login, promise("\"10.00\"", dueOn)),
                get(promises(foreign), login),
                post(arrangements(foreign), login, arrangement("100.00", 6, dueOn, "0")),
                get(arrangements(foreign), login))) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("\"error\":\"forbidden\"").doesNotContain("1000.00");
        }
        assertThat(get(promises(foreign), s.login("agentB")).statusCode()).isEqualTo(200);
        assertThat(get(promises(foreign), ADMIN).statusCode()).isEqualTo(200);
        assertThat(auditOf("ACCOUNT", foreign)).contains("ACCESS_DENIED " + s.get("agentA"));

        for (var response : List.of(
                post(promises("NO-SUCH-ACCOUNT"), ADMIN, promise("\"10.00\"", dueOn)),
                get(promises("NO-SUCH-ACCOUNT"), ADMIN),
                post(arrangements("NO-SUCH-ACCOUNT"), ADMIN, arrangement("100.00", 6, dueOn, "0")),
                get(arrangements("NO-SUCH-ACCOUNT"), ADMIN),
                post(approve("987654321"), ADMIN, "{}"))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"error\":\"not-found\"");
        }
        assertThat(get(promises("NO-SUCH-ACCOUNT"), ADMIN).body())
                .contains("UNKNOWN_ACCOUNT (accountId=NO-SUCH-ACCOUNT)");

        var account = s.account("promiseRules");
        var notJson = post(promises(account), login, "{\"amount\": 10,");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).isEqualTo("{\"error\":\"malformed\",\"reasons\":[\"BODY_NOT_JSON_OBJECT\"]}");
        var wrongTypes = post(promises(account), login, "{\"amount\":true,\"dueOn\":\"2026-13-45\"}");
        assertThat(wrongTypes.statusCode()).isEqualTo(400);
        assertThat(wrongTypes.body())
                .contains("FIELD_MALFORMED (field=amount, expected=amount)")
                .contains("FIELD_MALFORMED (field=dueOn, expected=date YYYY-MM-DD)");
        var missing = post(arrangements(account), login, "{\"downPayment\":\"1,5\",\"frequency\":\"DAILY\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
                .contains("FIELD_MALFORMED (field=downPayment, expected=amount)")
                .contains("FIELD_MISSING (field=instalments)", "FIELD_MISSING (field=firstDueOn)");
        var badFrequency = post(
                arrangements(account),
                login,
                arrangement("100.00", 6, dueOn, "0").replace("MONTHLY", "DAILY"));
        assertThat(badFrequency.statusCode()).isEqualTo(400);
        assertThat(badFrequency.body()).contains("FIELD_MALFORMED (field=frequency");
    }

    // ---------------------------------------------------------------- concurrent changes

    @Test
    void a_decision_on_a_stale_version_is_a_409_and_the_first_decision_is_kept() throws Exception {
        var s = scenario();
        var account = s.account("stale");
        var pending = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("100.00", 13, s.today().plusDays(5), "0"));
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(201);
        var id = first(ARRANGEMENT_ID, pending.body());
        // Both the supervisor and an admin open the queue and see the same version.
        var seenBySupervisor =
                entryOf(get("/api/v1/approvals", s.login("supervisorA")).body(), id);
        var seenByAdmin = entryOf(get("/api/v1/approvals", ADMIN).body(), id);
        long version =
                Long.parseLong(first(VERSION, seenBySupervisor.substring(seenBySupervisor.lastIndexOf("\"version\""))));
        assertThat(seenByAdmin).contains("\"version\":" + version);

        var approved = post(approve(id), s.login("supervisorA"), "{\"version\":" + version + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"decisionReason\":null");

        var stale = post(reject(id), ADMIN, "{\"reason\":\"demasiadas cuotas\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .startsWith("{\"error\":\"conflict\",\"reasons\":[\"CHANGED_BY_SOMEONE_ELSE (version=" + version);

        var kept = get(arrangements(account), s.login("agentA")).body();
        assertThat(kept).contains("\"status\":\"ACTIVE\"", "\"decidedBy\":\"" + s.get("supervisorA") + "\"");
        assertThat(auditOf("ARRANGEMENT", id)).contains("ARRANGEMENT_APPROVED").doesNotContain("ARRANGEMENT_REJECTED");
    }

    @Test
    void two_decisions_at_the_same_moment_one_wins_the_other_is_a_409() throws Exception {
        var s = scenario();
        var account = s.account("race");
        var pending = post(
                arrangements(account),
                s.login("agentA"),
                arrangement("100.00", 14, s.today().plusDays(5), "0"));
        assertThat(pending.statusCode()).as(pending.body()).isEqualTo(201);
        var id = first(ARRANGEMENT_ID, pending.body());

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var calls = new ArrayList<Callable<HttpResponse<String>>>();
            calls.add(() -> {
                start.await();
                return post(approve(id), s.login("supervisorA"), "{\"reason\":\"ok\"}");
            });
            calls.add(() -> {
                start.await();
                return post(reject(id), ADMIN, "{\"reason\":\"no\"}");
            });
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        var decided = get(arrangements(account), s.login("agentA")).body();
        assertThat(decided).containsPattern("\"status\":\"(ACTIVE|REJECTED)\"");
        var trail = auditOf("ARRANGEMENT", id);
        assertThat(trail.lines()
                        .filter(line ->
                                line.startsWith("ARRANGEMENT_APPROVED") || line.startsWith("ARRANGEMENT_REJECTED")))
                .hasSize(1);
    }

    @Test
    void the_calls_are_in_the_openapi_document() throws Exception {
        var openapi = Http.call("GET", Http.root(base) + "/openapi", null, null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/accounts/{accountId}/promises", "/accounts/{accountId}/arrangements")
                .contains("/approvals", "/approvals/{arrangementId}/approve", "/approvals/{arrangementId}/reject")
                .contains("PromiseRequest", "ArrangementRequest", "AMOUNT_DECIMALS");
    }

    // ---------------------------------------------------------------- helpers

    private static String promises(String account) {
        return "/api/v1/accounts/" + account + "/promises";
    }

    private static String cancel(String account, String promiseId) {
        return promises(account) + "/" + promiseId + "/cancel";
    }

    private static String arrangements(String account) {
        return "/api/v1/accounts/" + account + "/arrangements";
    }

    private static String approve(String id) {
        return "/api/v1/approvals/" + id + "/approve";
    }

    private static String reject(String id) {
        return "/api/v1/approvals/" + id + "/reject";
    }

    private static String promise(String amountJson, LocalDate dueOn) {
        return "{\"amount\":" + amountJson + ",\"dueOn\":\"" + dueOn + "\"}";
    }

    /** A down payment as JSON (a number unless quoted), monthly. */
    private static String arrangement(String downPaymentJson, int instalments, LocalDate first, String discount) {
        return "{\"downPayment\":" + downPaymentJson + ",\"instalments\":" + instalments
                + ",\"frequency\":\"MONTHLY\",\"firstDueOn\":\"" + first + "\",\"discountPercent\":\"" + discount
                + "\"}";
    }

    private static List<String> scheduleOf(String body) {
        var schedule = body.substring(body.indexOf("\"schedule\":["));
        schedule = schedule.substring(0, schedule.indexOf(']'));
        var lines = new ArrayList<String>();
        var matcher = Pattern.compile("\\{[^{}]*\\}").matcher(schedule);
        while (matcher.find()) {
            lines.add(matcher.group());
        }
        return lines;
    }

    /** One arrangement's JSON in a list, from its id to the next one. */
    private static String entryOf(String list, String id) {
        int start = list.indexOf("\"arrangementId\":" + id + ",");
        assertThat(start).as("arrangement " + id + " in " + list).isGreaterThanOrEqualTo(0);
        int next = list.indexOf("\"arrangementId\":", start + 1);
        return list.substring(start, next < 0 ? list.length() : next);
    }

    private static String first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }

    private String auditOf(String subjectType, String subjectId) throws Exception {
        var response = get(
                "/api/v1/test-fixtures/negotiation/audit?subjectType=" + subjectType + "&subjectId=" + subjectId,
                ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> get(String path, String userAndPassword) throws Exception {
        return http("GET", path, userAndPassword, null);
    }

    private HttpResponse<String> post(String path, String userAndPassword, String json) throws Exception {
        return http("POST", path, userAndPassword, json);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword, String json)
            throws Exception {
        return Http.json(method, url(path), userAndPassword, Http.JSON_OR_TEXT, json);
    }
}

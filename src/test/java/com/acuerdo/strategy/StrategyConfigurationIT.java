package com.acuerdo.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.WebSession;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The strategy configuration against the real WAR: refused configurations, versions by effective
 * date, a supervisor's proposal approved and another rejected (audited), the roles, and in the
 * browser an admin's new talking point that the agent sees only from the next business date. Every
 * point and proposal of the run carries the run's code prefix and is removed afterwards; the
 * business date is restored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrategyConfigurationIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String FIXTURES = "/api/v1/test-fixtures/strategy-config/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(StrategyConfigFixtures.class);
    }

    @ArquillianResource
    URL base;

    private static Properties scenario;
    private static URL cleanupBase;
    private static LocalDate policyToRemove;
    private static LocalDate bucketsToRemove;

    private Properties scenario() throws Exception {
        cleanupBase = base;
        if (scenario == null) {
            scenario = Http.facts(send("POST", FIXTURES + "scenario", ADMIN, Map.of()));
        }
        return scenario;
    }

    @AfterAll
    static void removeTheRunsConfiguration() throws Exception {
        if (scenario != null && cleanupBase != null) {
            var response = cleanup("cleanup", "prefix=" + scenario.getProperty("run"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        if (policyToRemove != null && cleanupBase != null) {
            var response = cleanup("cleanup-contact-policy", "jurisdiction=DEFAULT&from=" + policyToRemove);
            assertThat(response.body()).isEqualTo("policies=1\n");
        }
        if (bucketsToRemove != null && cleanupBase != null) {
            var response = cleanup("cleanup-buckets", "from=" + bucketsToRemove);
            assertThat(response.body()).isEqualTo("rows=1\n");
        }
    }

    /** A cleanup call of the run's fixtures, from @AfterAll (no Accept header, as before). */
    private static HttpResponse<String> cleanup(String what, String form) throws Exception {
        return Http.form("POST", cleanupBase + FIXTURES.substring(1) + what, ADMIN, null, form);
    }

    // ---------------------------------------------------------------- validations

    @Test
    void invalid_talking_points_are_refused_with_every_reason_and_nothing_is_stored() throws Exception {
        var s = scenario();
        var run = s.getProperty("run");
        var today = LocalDate.parse(s.getProperty("today"));

        var tooEarly = schedule(ADMIN, "REMIND", run + "_EARLY", 1, "Texto", "Text", today);
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(tooEarly.body())
                .contains("CFG_EFFECTIVE_TOO_EARLY (date=" + today + ", earliest=" + today.plusDays(1) + ")");

        var broken = schedule(ADMIN, "REMIND", "bad code", 0, " ", "Text", today.plusDays(1));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("CFG_CODE_FORMAT", "CFG_ORDER_RANGE", "CFG_TEXT_REQUIRED (language=es)");

        var noBucketObjective = send(
                "POST",
                FIXTURES + "buckets-without",
                ADMIN,
                Map.of("bucket", "DPD_90_119", "from", today.plusDays(1).toString()));
        assertThat(noBucketObjective.statusCode()).isEqualTo(422);
        assertThat(noBucketObjective.body()).contains("CFG_BUCKET_WITHOUT_OBJECTIVE (bucket=DPD_90_119)");

        assertThat(get(FIXTURES + "history?objective=REMIND&prefix=" + run + "_EARLY", ADMIN)
                        .body())
                .isEmpty();
    }

    @Test
    void versions_apply_from_their_effective_date_and_the_history_keeps_them_all() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_VERSIONS";
        var today = LocalDate.parse(s.getProperty("today"));

        assertThat(schedule(ADMIN, "PRESSURE", code, 900, "Primera versión", "First version", today.plusDays(1))
                        .statusCode())
                .isEqualTo(200);
        assertThat(schedule(ADMIN, "PRESSURE", code, 900, "Segunda versión", "Second version", today.plusDays(3))
                        .statusCode())
                .isEqualTo(200);

        assertThat(checklist("PRESSURE", today)).doesNotContainKey(code);
        assertThat(checklist("PRESSURE", today.plusDays(1))).containsEntry(code, "false|Primera versión");
        assertThat(checklist("PRESSURE", today.plusDays(2))).containsEntry(code, "false|Primera versión");
        assertThat(checklist("PRESSURE", today.plusDays(3))).containsEntry(code, "false|Segunda versión");
        assertThat(get(FIXTURES + "history?objective=PRESSURE&prefix=" + code, ADMIN)
                        .body()
                        .lines())
                .containsExactly(
                        code + "|" + today.plusDays(3) + "|SCHEDULED|Segunda versión",
                        code + "|" + today.plusDays(1) + "|SCHEDULED|Primera versión");

        var events = get(FIXTURES + "audit?type=TALKING_POINT&id=PRESSURE/" + code, ADMIN)
                .body();
        assertThat(events.lines()).hasSize(2);
        assertThat(events)
                .contains("CONFIG_SCHEDULED|admin|from " + today.plusDays(3))
                .contains("before {order=900, mandatory=false, es=\"Primera versión\"")
                .contains("after {order=900, mandatory=false, es=\"Segunda versión\"")
                .contains("before (none); after {order=900");
    }

    // ---------------------------------------------------------------- roles and proposals

    @Test
    void a_supervisor_proposes_an_admin_approves_one_and_rejects_another_and_agents_have_no_access() throws Exception {
        var s = scenario();
        var run = s.getProperty("run");
        var supervisor = s.getProperty("supervisor") + ":" + s.getProperty("password");
        var agent = s.getProperty("agent") + ":" + s.getProperty("password");
        var from = LocalDate.parse(s.getProperty("today")).plusDays(2);

        // A supervisor reads but does not schedule; an agent does neither (page and service).
        assertThat(schedule(supervisor, "REMIND", run + "_DIRECT", 1, "Texto", "Text", from)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(FIXTURES + "checklist?objective=REMIND&date=" + from, supervisor)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(FIXTURES + "checklist?objective=REMIND&date=" + from, agent)
                        .statusCode())
                .isEqualTo(403);
        assertThat(schedule(agent, "REMIND", run + "_DIRECT", 1, "Texto", "Text", from)
                        .statusCode())
                .isEqualTo(403);
        assertThat(pageStatus("/supervisor/config/talking-points.xhtml", agent)).isEqualTo(403);
        assertThat(pageStatus("/supervisor/config/talking-points.xhtml", supervisor))
                .isEqualTo(200);

        // Proposals need a reason and pass the same validations.
        assertThat(propose(supervisor, run + "_ASK", "Pregunta", "Ask", from, " ")
                        .body())
                .contains("CFG_PROPOSAL_REASON_REQUIRED");
        assertThat(propose(supervisor, run + "_ASK", " ", "Ask", from.minusDays(2), "Motivo")
                        .body())
                .contains("CFG_TEXT_REQUIRED", "CFG_EFFECTIVE_TOO_EARLY");
        var asked = Http.facts(propose(
                supervisor,
                run + "_ASK",
                "¿Cuándo puede pagar?",
                "When can you pay?",
                from,
                "Los clientes no dan fecha"));
        var other = Http.facts(propose(supervisor, run + "_LOUD", "Pague ya", "Pay now", from, "Más firmeza"));
        assertThat(asked.getProperty("status")).isEqualTo("PENDING");
        assertThat(get(FIXTURES + "proposals?prefix=" + run, ADMIN).body())
                .contains(asked.getProperty("id") + "|PENDING|" + s.getProperty("supervisor") + "|REMIND/" + run
                        + "_ASK");

        // Only admins decide; a stale version is a conflict; rejecting needs a note.
        assertThat(decide("approval", supervisor, asked, null).statusCode()).isEqualTo(403);
        var stale = new Properties();
        stale.putAll(asked);
        stale.setProperty("version", String.valueOf(Long.parseLong(asked.getProperty("version")) + 7));
        assertThat(decide("approval", ADMIN, stale, null).statusCode()).isEqualTo(409);
        assertThat(checklist("REMIND", from)).doesNotContainKey(run + "_ASK");

        var approved = decide("approval", ADMIN, asked, "De acuerdo");
        assertThat(approved.body()).as(approved.body()).contains("status=APPROVED");
        assertThat(checklist("REMIND", from)).containsEntry(run + "_ASK", "false|¿Cuándo puede pagar?");
        assertThat(checklist("REMIND", from.minusDays(1))).doesNotContainKey(run + "_ASK");
        assertThat(decide("approval", ADMIN, asked, null).statusCode()).isEqualTo(409);

        assertThat(decide("rejection", ADMIN, other, " ").body()).contains("CFG_REJECTION_NOTE_REQUIRED");
        assertThat(decide("rejection", ADMIN, other, "Tono amenazante").body()).contains("status=REJECTED");
        assertThat(checklist("REMIND", from.plusDays(30))).doesNotContainKey(run + "_LOUD");

        assertThat(get(FIXTURES + "audit?type=CONFIG_PROPOSAL&id=" + asked.getProperty("id"), ADMIN)
                        .body())
                .contains("CONFIG_PROPOSED|" + s.getProperty("supervisor") + "|TALKING_POINT REMIND/" + run + "_ASK")
                .contains("reason: Los clientes no dan fecha")
                .contains("CONFIG_PROPOSAL_APPROVED|admin|TALKING_POINT REMIND/" + run + "_ASK from " + from
                        + "; note: De acuerdo");
        assertThat(get(FIXTURES + "audit?type=TALKING_POINT&id=REMIND/" + run + "_ASK", ADMIN)
                        .body())
                .contains("CONFIG_SCHEDULED|admin|from " + from + ", proposal " + asked.getProperty("id") + " by "
                        + s.getProperty("supervisor"));
        assertThat(get(FIXTURES + "audit?type=CONFIG_PROPOSAL&id=" + other.getProperty("id"), ADMIN)
                        .body())
                .contains(
                        "CONFIG_PROPOSAL_REJECTED|admin|TALKING_POINT REMIND/" + run + "_LOUD; note: Tono amenazante");
    }

    @Test
    void contact_policies_refuse_reversed_hours_and_a_weekly_cap_below_the_daily_one_and_a_proposal_is_scheduled()
            throws Exception {
        var s = scenario();
        var supervisor = s.getProperty("supervisor") + ":" + s.getProperty("password");
        var today = LocalDate.parse(s.getProperty("today"));

        var refused = send(
                "POST",
                FIXTURES + "contact-policy-invalid",
                ADMIN,
                Map.of("from", today.plusDays(1).toString()));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains("CFG_HOURS_END_BEFORE_START (day=MONDAY, start=21:00, end=08:00)")
                .contains("CFG_WEEKLY_CAP_BELOW_DAILY (weekly=3, daily=5)");

        // Far ahead, on the DEFAULT jurisdiction, and removed afterwards: no other test meets it.
        var from = today.plusDays(400);
        policyToRemove = from;
        var form = new LinkedHashMap<String, String>();
        form.put("jurisdiction", "DEFAULT");
        form.put("perWeek", "97");
        form.put("from", from.toString());
        form.put("reason", "Prueba " + s.getProperty("run"));
        var proposal = Http.facts(send("POST", FIXTURES + "contact-policy-proposal", supervisor, form));
        assertThat(proposal.getProperty("status")).isEqualTo("PENDING");
        assertThat(get(FIXTURES + "contact-policy-history?jurisdiction=DEFAULT", ADMIN)
                        .body())
                .doesNotContain(from.toString());

        assertThat(decide("approval", ADMIN, proposal, null).body()).contains("status=APPROVED");
        assertThat(get(FIXTURES + "contact-policy-history?jurisdiction=DEFAULT", ADMIN)
                        .body()
                        .lines())
                .first()
                .asString()
                .startsWith(from + "|SCHEDULED|")
                .endsWith("|97");
        assertThat(get(FIXTURES + "audit?type=CONTACT_POLICY&id=DEFAULT", ADMIN).body())
                .contains("CONFIG_SCHEDULED|admin|from " + from + ", proposal " + proposal.getProperty("id"))
                .contains("\"contactsPerWeekMax\":97");
    }

    @Test
    void the_weights_preview_ranks_the_supervisors_own_cases_and_all_zero_weights_are_refused() throws Exception {
        var s = scenario();
        var supervisor = s.getProperty("supervisor") + ":" + s.getProperty("password");
        var today = LocalDate.parse(s.getProperty("today"));

        var zero = send(
                "POST",
                FIXTURES + "weights-zero",
                ADMIN,
                Map.of("from", today.plusDays(1).toString()));
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body()).contains("CFG_WEIGHTS_ALL_ZERO");

        // The supervisor's team holds one case: 50 points, all of them days past due.
        var preview = get(FIXTURES + "weights-preview?dpdFactor=2", supervisor);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        var lines = preview.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(s.getProperty("caseId") + "|1|50.00|1|100.00");
        assertThat(get(
                                FIXTURES + "weights-preview?dpdFactor=2",
                                s.getProperty("agent") + ":" + s.getProperty("password"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_tone_expression_joins_the_list_from_its_date_and_leaves_it_from_its_retirement() throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("today"));
        var word = "zq" + s.getProperty("run").toLowerCase(java.util.Locale.ROOT);
        var text = URLEncoder.encode(
                "Usted es un " + word.toUpperCase(java.util.Locale.ROOT) + " de verdad", StandardCharsets.UTF_8);

        var added = Http.facts(send(
                "POST",
                FIXTURES + "tone",
                ADMIN,
                Map.of("expression", word, "from", today.plusDays(1).toString())));
        assertThat(send(
                                "POST",
                                FIXTURES + "tone",
                                ADMIN,
                                Map.of(
                                        "expression",
                                        word,
                                        "from",
                                        today.plusDays(2).toString()))
                        .body())
                .contains("CFG_TONE_DUPLICATE");
        assertThat(send(
                                "POST",
                                FIXTURES + "tone",
                                ADMIN,
                                Map.of(
                                        "expression",
                                        "* " + word,
                                        "from",
                                        today.plusDays(1).toString()))
                        .body())
                .contains("CFG_TONE_GAP_AT_EDGE");

        assertThat(get(FIXTURES + "tone-check?date=" + today + "&text=" + text, ADMIN)
                        .body())
                .isEmpty();
        assertThat(get(FIXTURES + "tone-check?date=" + today.plusDays(1) + "&text=" + text, ADMIN)
                        .body())
                .isEqualTo(word.toUpperCase(java.util.Locale.ROOT) + "|" + word);

        var retire = new LinkedHashMap<String, String>();
        retire.put("id", added.getProperty("id"));
        retire.put("from", today.plusDays(3).toString());
        assertThat(send("POST", FIXTURES + "tone-retirement", ADMIN, retire).statusCode())
                .isEqualTo(200);
        assertThat(get(FIXTURES + "tone-check?date=" + today.plusDays(2) + "&text=" + text, ADMIN)
                        .body())
                .isNotEmpty();
        assertThat(get(FIXTURES + "tone-check?date=" + today.plusDays(3) + "&text=" + text, ADMIN)
                        .body())
                .isEmpty();
        assertThat(get(FIXTURES + "audit?type=TONE_EXPRESSION&id=ES/" + word, ADMIN)
                        .body())
                .contains("CONFIG_SCHEDULED|admin|from " + today.plusDays(1))
                .contains("CONFIG_SCHEDULED|admin|retired from " + today.plusDays(3));
    }

    @Test
    void a_template_is_refused_by_the_tone_check_and_an_unknown_placeholder_and_revised_from_its_date()
            throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_TPL";
        var from = LocalDate.parse(s.getProperty("today")).plusDays(1);
        var form = new LinkedHashMap<String, String>();
        form.put("code", code);
        form.put("from", from.toString());

        form.put("body", "Hola {clientName}, no sea idiota y pague {amount}.");
        var offensive = send("POST", FIXTURES + "template", ADMIN, form);
        assertThat(offensive.statusCode()).isEqualTo(422);
        assertThat(offensive.body()).contains("CFG_TEMPLATE_TONE (found=idiota, category=INSULT)");

        form.put("body", "Hola {clientName}, su saldo es {saldo}.");
        assertThat(send("POST", FIXTURES + "template", ADMIN, form).body())
                .contains("CFG_TEMPLATE_PLACEHOLDER (name={saldo})");

        form.put("body", "Hola {clientName}, su saldo es {amount}.");
        assertThat(Http.facts(send("POST", FIXTURES + "template", ADMIN, form)).getProperty("revision"))
                .isEqualTo("1");
        form.put("from", from.plusDays(1).toString());
        form.put("body", "Hola {clientName}: su saldo es {amount}. Llámenos.");
        assertThat(Http.facts(send("POST", FIXTURES + "template", ADMIN, form)).getProperty("revision"))
                .isEqualTo("2");
        assertThat(get(FIXTURES + "templates?prefix=" + code, ADMIN).body().lines())
                .containsExactly(code + "|2|" + from.plusDays(1) + "|SCHEDULED", code + "|1|" + from + "|SCHEDULED");
    }

    @Test
    void an_objection_guide_needs_an_answer_and_is_scheduled_with_its_answers() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_OBJ";
        var from = LocalDate.parse(s.getProperty("today")).plusDays(1);
        var form = new LinkedHashMap<String, String>();
        form.put("code", code);
        form.put("answer", "");
        form.put("from", from.toString());
        assertThat(send("POST", FIXTURES + "objection", ADMIN, form).body()).contains("CFG_ANSWER_REQUIRED");
        form.put("answer", "Con gusto lo verifico: ¿en qué fecha pagó?");
        assertThat(send("POST", FIXTURES + "objection", ADMIN, form).body()).contains("state=SCHEDULED");
        assertThat(get(FIXTURES + "objections?prefix=" + code, ADMIN).body())
                .isEqualTo(code + "|" + from + "|SCHEDULED|1");
    }

    @Test
    void every_configuration_page_renders_for_admins_and_supervisors_with_its_data() throws Exception {
        var s = scenario();
        var pages = new LinkedHashMap<String, String>();
        pages.put("/supervisor/config/talking-points.xhtml", "Puntos de conversación");
        pages.put("/supervisor/config/buckets.xhtml", "Tramos y objetivos por producto");
        pages.put("/supervisor/config/weights.xhtml", "Pesos de la prioridad");
        pages.put("/supervisor/config/contact-policies.xhtml", "Políticas de contacto por jurisdicción");
        pages.put("/supervisor/config/arrangement-policies.xhtml", "Políticas de convenio de pago");
        pages.put("/supervisor/config/tone.xhtml", "Lista de tono");
        pages.put("/supervisor/config/templates.xhtml", "Plantillas de mensaje");
        pages.put("/supervisor/config/objections.xhtml", "Guías de objeciones");
        pages.put("/supervisor/config/routes.xhtml", "Rutas de solución");
        pages.put("/supervisor/config/proposals.xhtml", "Propuestas de cambio");
        for (var who : List.of(
                new String[] {"admin", "Demo.2026"},
                new String[] {s.getProperty("supervisor"), s.getProperty("password")})) {
            var session = new WebSession(base);
            session.signIn(who[0], who[1]);
            for (var page : pages.entrySet()) {
                var response = session.get(page.getKey());
                assertThat(response.statusCode())
                        .as(who[0] + " " + page.getKey())
                        .isEqualTo(200);
                assertThat(response.body()).as(who[0] + " " + page.getKey()).contains(page.getValue());
            }
            // The data behind the forms: the default plan, MX's hours, the weights in force, the tone list.
            var buckets = session.get("/supervisor/config/buckets.xhtml").body();
            assertThat(buckets).contains("Recordar", "Cambio de condiciones");
            assertThat(session.get("/supervisor/config/contact-policies.xhtml").body())
                    .contains("Lunes", "MX");
            assertThat(session.get("/supervisor/config/tone.xhtml").body()).contains("Insulto");
            // A supervisor proposes where an admin schedules.
            var talkingPoints =
                    session.get("/supervisor/config/talking-points.xhtml").body();
            assertThat(talkingPoints).contains(who[0].equals("admin") ? "Programar cambio" : "Proponer cambio");
        }
    }

    @Test
    void a_bucket_objective_changes_from_its_date_and_only_the_changed_bucket_gets_a_version() throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("today"));
        // Far ahead and removed afterwards: no other test meets it.
        var from = today.plusDays(401);
        bucketsToRemove = from;
        var before = get(FIXTURES + "bucket-objective?bucket=DPD_1_29&date=" + today, ADMIN)
                .body();
        var changed = before.equals("REMIND") ? "IDENTIFY_BARRIERS" : "REMIND";
        var form = new LinkedHashMap<String, String>();
        form.put("bucket", "DPD_1_29");
        form.put("objective", changed);
        form.put("from", from.toString());
        assertThat(send("POST", FIXTURES + "buckets-change", ADMIN, form).body())
                .isEqualTo("rows=1\n");
        assertThat(get(FIXTURES + "bucket-objective?bucket=DPD_1_29&date=" + from.minusDays(1), ADMIN)
                        .body())
                .isEqualTo(before);
        assertThat(get(FIXTURES + "bucket-objective?bucket=DPD_1_29&date=" + from, ADMIN)
                        .body())
                .isEqualTo(changed);
        assertThat(get(FIXTURES + "audit?type=BUCKET_OBJECTIVE&id=OVERDRAFT", ADMIN)
                        .body())
                .contains("CONFIG_SCHEDULED|admin|from " + from + "; before {DPD_1_29=" + before);
    }

    // ---------------------------------------------------------------- browser

    @Test
    void an_admin_adds_a_talking_point_and_the_agent_sees_it_from_the_next_business_date() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_BROWSER";
        var text = "Confirme el correo del cliente " + s.getProperty("run");
        var today = LocalDate.parse(s.getProperty("today"));
        var caseUrl = url("/agent/case.xhtml?id=" + s.getProperty("caseId"));
        assertThat(s.getProperty("objective")).isEqualTo("SECURE_COMMITMENT");
        try (var admin = Browser.open();
                var agent = Browser.open()) {
            var a = admin.driver();
            logIn(a, "admin", "Demo.2026");
            Browser.clickAndWaitForPage(a, By.id("menu-strategy"));
            assertThat(a.findElement(By.id("pageTitle")).getText()).isEqualTo("Puntos de conversación");

            // The objective by the page's parameter; the date defaults to the next business date.
            a.get(url("/supervisor/config/talking-points.xhtml?objective=SECURE_COMMITMENT"));
            new WebDriverWait(a, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("tp:objective_label"), "Lograr un compromiso"));
            new WebDriverWait(a, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("tp:effectiveFrom_input"))
                    .getAttribute("value")
                    .equals(today.plusDays(1).toString()));
            a.findElement(By.id("tp:code")).sendKeys(code);
            a.findElement(By.id("tp:order_input")).sendKeys("950");
            a.findElement(By.id("tp:textEs")).sendKeys(text);
            a.findElement(By.id("tp:textEn")).sendKeys("Confirm the client's e-mail");
            a.findElement(By.id("tp:save")).click();
            new WebDriverWait(a, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Cambio programado"));
            assertThat(a.findElement(By.id("tp:history")).getText()).contains(code, "Programada", text);
            assertThat(a.findElement(By.id("fromList")).getText()).contains(text);
            assertThat(a.findElement(By.id("todayList")).getText()).doesNotContain(text);
            admin.screenshot("config-talking-points");

            var g = agent.driver();
            logIn(g, s.getProperty("agent"), s.getProperty("password"));
            g.get(caseUrl);
            assertThat(g.findElement(By.id("planChecklist")).getText()).doesNotContain(text);

            assertThat(moveBusinessDate(today.plusDays(1)).statusCode()).isEqualTo(200);
            try {
                g.get(caseUrl);
                assertThat(g.findElement(By.id("planChecklist")).getText()).contains(text);
                agent.screenshot("config-case-checklist-next-day");
            } finally {
                assertThat(moveBusinessDate(today).statusCode()).isEqualTo(200);
            }
            g.get(caseUrl);
            assertThat(g.findElement(By.id("planChecklist")).getText()).doesNotContain(text);
        }
    }

    // ---------------------------------------------------------------- helpers

    private HttpResponse<String> schedule(
            String who, String objective, String code, int order, String es, String en, LocalDate from)
            throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("objective", objective);
        form.put("code", code);
        form.put("order", String.valueOf(order));
        form.put("mandatory", "false");
        form.put("es", es);
        form.put("en", en);
        form.put("from", from.toString());
        return send("POST", FIXTURES + "talking-point", who, form);
    }

    private HttpResponse<String> propose(String who, String code, String es, String en, LocalDate from, String reason)
            throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("objective", "REMIND");
        form.put("code", code);
        form.put("order", "901");
        form.put("es", es);
        form.put("en", en);
        form.put("from", from.toString());
        form.put("reason", reason);
        return send("POST", FIXTURES + "proposal", who, form);
    }

    private HttpResponse<String> decide(String how, String who, Properties proposal, String note) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("id", proposal.getProperty("id"));
        form.put("version", proposal.getProperty("version"));
        if (note != null) {
            form.put("note", note);
        }
        return send("POST", FIXTURES + how, who, form);
    }

    /** The checklist on a date: code → "mandatory|Spanish text". */
    private Map<String, String> checklist(String objective, LocalDate date) throws Exception {
        var response = get(FIXTURES + "checklist?objective=" + objective + "&date=" + date, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body()
                .lines()
                .map(line -> line.split("\\|", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1], (x, y) -> x, LinkedHashMap::new));
    }

    private HttpResponse<String> moveBusinessDate(LocalDate date) throws Exception {
        return Http.json("PUT", url("/api/v1/business-date"), ADMIN, null, "{\"date\":\"" + date + "\"}");
    }

    private int pageStatus(String path, String who) throws Exception {
        var session = new WebSession(base);
        var credentials = who.split(":", 2);
        session.signIn(credentials[0], credentials[1]);
        return session.get(path).statusCode();
    }

    private HttpResponse<String> get(String path, String who) throws Exception {
        return Http.call("GET", url(path), who, Http.TEXT_OR_JSON);
    }

    private HttpResponse<String> send(String method, String path, String who, Map<String, String> form)
            throws Exception {
        return Http.form(method, url(path), who, Http.TEXT_OR_JSON, form);
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    private String url(String path) {
        return Http.url(base, path);
    }
}

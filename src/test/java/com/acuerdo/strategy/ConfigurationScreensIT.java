package com.acuerdo.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The strategy configuration pages as their users work them in the browser (the talking points have
 * their own flow in {@link StrategyConfigurationIT}): bucket objectives, contact policies with a
 * refused policy and a holiday added and removed, priority weights with the preview of the
 * supervisor's worklist, a supervisor's proposals approved and rejected on the admin's page,
 * arrangement policies, the tone list, message templates with the live preview, objection guides
 * and solution routes. Every global change takes effect on one far date of the run (or is named with
 * the run's code) and is removed afterwards; the business date never moves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfigurationScreensIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String STRATEGY_FIXTURES = "api/v1/test-fixtures/strategy-config/";
    private static final String FIXTURES = "api/v1/test-fixtures/config-screens/";
    private static final String ISO = "yyyy-MM-dd";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(StrategyConfigFixtures.class, ConfigurationScreensFixtures.class);
    }

    @ArquillianResource
    URL base;

    private static Properties scenario;
    private static URL cleanupBase;
    /** The run's far effective date: nothing else in the suite looks that far ahead. */
    private static LocalDate far;

    private Properties scenario() throws Exception {
        cleanupBase = base;
        if (scenario == null) {
            scenario = Http.facts(post(base, STRATEGY_FIXTURES + "scenario", ""));
            far = LocalDate.parse(scenario.getProperty("today"))
                    .plusDays(600 + ThreadLocalRandom.current().nextInt(300));
        }
        return scenario;
    }

    @AfterAll
    static void removeTheRunsConfiguration() throws Exception {
        if (scenario == null || cleanupBase == null) {
            return;
        }
        var run = scenario.getProperty("run");
        var mine = post(cleanupBase, FIXTURES + "cleanup", "from=" + far + "&prefix=" + run);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        var rest = post(cleanupBase, STRATEGY_FIXTURES + "cleanup", "prefix=" + run);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- buckets and contact policies

    @Test
    void an_admin_changes_a_buckets_objective_from_a_date_after_a_plan_without_one_is_refused() throws Exception {
        scenario();
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/buckets.xhtml"));
            var plan = d.findElement(By.id("bo:plan"));
            pick(d, "bo:product", "Sobregiro", plan);
            assertThat(d.findElement(By.id("bo:product_label")).getText()).isEqualTo("Sobregiro");
            Forms.typeDate(d, "bo:effectiveFrom", far, ISO);

            // The first delinquent bucket (1–29 days) left without an objective: refused, nothing stored.
            var before = d.findElement(By.id("bo:plan:0:objective_input")).getAttribute("value");
            Forms.choose(d, "bo", "plan_0_objective", "");
            d.findElement(By.id("bo:save")).click();
            Forms.waitForText(d, By.id("messages"), "no tiene objetivo: todo tramo en mora necesita uno");
            assertThat(Forms.text(d, By.id("bo:history"))).doesNotContain(far.toString());

            var changed = before.equals("REMIND") ? "IDENTIFY_BARRIERS" : "REMIND";
            Forms.choose(d, "bo", "plan_0_objective", changed);
            d.findElement(By.id("bo:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            var history = Forms.waitForText(d, By.id("bo:history"), far.toString());
            assertThat(rowWith(d, "bo:history", far.toString()).getText())
                    .contains(
                            "1–29 días", changed.equals("REMIND") ? "Recordar" : "Identificar barreras", "Programada");
            assertThat(history.split(far.toString(), -1))
                    .as("only the changed bucket gets a version")
                    .hasSize(2);
            browser.screenshot("config-buckets");
        }
        assertThat(audit("BUCKET_OBJECTIVE", "OVERDRAFT")).contains("CONFIG_SCHEDULED|admin|from " + far);
    }

    @Test
    void an_admin_is_refused_reversed_hours_and_a_weekly_cap_below_the_daily_one_then_schedules_a_policy_and_a_holiday()
            throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("today"));
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/contact-policies.xhtml"));
            var hours = d.findElement(By.id("cp:hours"));
            pick(d, "cp:jurisdiction", "CL", hours);
            Forms.typeDate(d, "cp:effectiveFrom", far, ISO);

            // Monday (the first row) 21:00–08:00, 5 a day but 3 a week: both reasons at once.
            retype(d, "cp:hours:0:start", "21:00");
            retype(d, "cp:hours:0:end", "08:00");
            Forms.typeNumber(d, "cp:perDay", "5");
            Forms.typeNumber(d, "cp:perWeek", "3");
            d.findElement(By.id("cp:save")).click();
            var refused = Forms.waitForText(d, By.id("messages"), "antes de empezar (21:00)");
            assertThat(refused)
                    .contains(
                            "El horario del día Lunes termina (08:00)",
                            "El tope semanal (3) no puede ser menor que el diario (5)");
            assertThat(Forms.text(d, By.id("cp:history"))).doesNotContain(far.toString());
            browser.screenshot("config-contact-refused");

            retype(d, "cp:hours:0:start", "09:00");
            retype(d, "cp:hours:0:end", "19:00");
            Forms.typeNumber(d, "cp:perDay", "1");
            Forms.typeNumber(d, "cp:perWeek", "4");
            d.findElement(By.id("cp:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            Forms.waitForText(d, By.id("cp:history"), far.toString());
            assertThat(rowWith(d, "cp:history", far.toString()).getText())
                    .contains("Programada", "09:00–19:00", "Contactos por semana: 4")
                    .doesNotContain("21:00");

            // A holiday within the coming twelve months, named with the run; then removed again.
            var holidays = Forms.text(d, By.id("cp:holidays"));
            var day = today.plusDays(150 + ThreadLocalRandom.current().nextInt(150));
            while (holidays.contains(day.toString())) {
                day = day.plusDays(1);
            }
            var name = "Feriado de prueba " + s.getProperty("run");
            Forms.typeDate(d, "cp:holidayDate", day, ISO);
            d.findElement(By.id("cp:holidayName")).sendKeys(name);
            d.findElement(By.id("cp:addHoliday")).click();
            Forms.waitForText(d, By.id("messages"), "Feriado agregado");
            Forms.waitForText(d, By.id("cp:holidays"), name);
            assertThat(rowWith(d, "cp:holidays", name).getText()).contains(day.toString());
            browser.screenshot("config-contact-holiday");

            d.get(url("/supervisor/config/contact-policies.xhtml"));
            hours = d.findElement(By.id("cp:hours"));
            pick(d, "cp:jurisdiction", "CL", hours);
            assertThat(Forms.text(d, By.id("cp:history"))).as("stored").contains(far.toString());
            rowWith(d, "cp:holidays", name)
                    .findElement(By.cssSelector("button[id$=':removeHoliday']"))
                    .click();
            Forms.waitForText(d, By.id("messages"), "Feriado quitado");
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x -> !x.findElement(By.id("cp:holidays")).getText().contains(name));
        }
        assertThat(audit("CONTACT_POLICY", "CL"))
                .contains("CONFIG_SCHEDULED|admin|from " + far)
                .contains("\"contactsPerWeekMax\":4");
    }

    // ---------------------------------------------------------------- weights and proposals

    @Test
    void
            a_supervisor_previews_weights_on_the_teams_worklist_proposes_them_and_a_tone_expression_and_an_admin_approves_one_and_rejects_the_other()
                    throws Exception {
        var s = scenario();
        var run = s.getProperty("run");
        var client = "Cliente SC " + run.toLowerCase(Locale.ROOT);
        var word = "zq" + run.toLowerCase(Locale.ROOT) + "p";
        var weightsReason = "Más peso a la mora " + run;
        var toneReason = "Palabra hiriente " + run;
        String doubled;
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, s.getProperty("supervisor"), s.getProperty("password"));
            d.get(url("/supervisor/config/weights.xhtml"));
            var weight = Integer.parseInt(d.findElement(By.id("pw:dpdWeight_input"))
                    .getAttribute("value")
                    .replaceAll("\\D", ""));
            doubled = String.valueOf(weight * 2);
            Forms.typeNumber(d, "pw:dpdWeight", doubled);
            d.findElement(By.id("pw:preview")).click();
            // The team's one case: 50 points today, all of them days past due, so twice that then.
            Forms.waitForText(d, By.id("pw:previewTable"), client);
            assertThat(rowWith(d, "pw:previewTable", client).getText()).contains("50.00", "100.00", "=");
            browser.screenshot("config-weights-preview");

            Forms.typeDate(d, "pw:effectiveFrom", far, ISO);
            d.findElement(By.id("pw:reason")).sendKeys(weightsReason);
            d.findElement(By.id("pw:save")).click();
            Forms.waitForText(d, By.id("messages"), "Propuesta enviada");
            assertThat(Forms.text(d, By.id("pw:history"))).doesNotContain(far.toString());

            d.get(url("/supervisor/config/tone.xhtml"));
            d.findElement(By.id("tl:expression")).sendKeys(word);
            Forms.choose(d, "tl", "category", "INSULT");
            d.findElement(By.id("tl:reason")).sendKeys(toneReason);
            d.findElement(By.id("tl:save")).click();
            Forms.waitForText(d, By.id("messages"), "Propuesta enviada");
        }

        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/proposals.xhtml"));
            var weights = rowWith(d, "pr:proposals", weightsReason);
            assertThat(weights.getText()).contains(s.getProperty("supervisor"), "Pendiente", far.toString());
            weights.findElement(By.cssSelector("textarea[id$=':note']")).sendKeys("De acuerdo");
            weights.findElement(By.cssSelector("button[id$=':approve']")).click();
            Forms.waitForText(d, By.id("messages"), "Propuesta aprobada");
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x ->
                            rowWith(x, "pr:proposals", weightsReason).getText().contains("Aprobada"));

            // Rejecting needs a note.
            rowWith(d, "pr:proposals", toneReason)
                    .findElement(By.cssSelector("button[id$=':reject']"))
                    .click();
            Forms.waitForText(d, By.id("messages"), "Escribe una nota para rechazar la propuesta");
            var tone = rowWith(d, "pr:proposals", toneReason);
            assertThat(tone.getText()).contains("Pendiente");
            tone.findElement(By.cssSelector("textarea[id$=':note']")).sendKeys("Ya la cubre otra expresión");
            tone.findElement(By.cssSelector("button[id$=':reject']")).click();
            Forms.waitForText(d, By.id("messages"), "Propuesta rechazada");
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x -> rowWith(x, "pr:proposals", toneReason).getText().contains("Rechazada"));
            assertThat(rowWith(d, "pr:proposals", toneReason).getText()).contains("Ya la cubre otra expresión");
            browser.screenshot("config-proposals");

            // The approved weights are scheduled from their date; the rejected word never joins the list.
            d.get(url("/supervisor/config/weights.xhtml"));
            assertThat(rowWith(d, "pw:history", far.toString()).getText())
                    .contains("Programada", "Días de atraso " + doubled);
            d.get(url("/supervisor/config/tone.xhtml"));
            assertThat(Forms.text(d, By.id("tl:list"))).doesNotContain(word);
        }
    }

    // ---------------------------------------------------------------- arrangement policies and the tone list

    @Test
    void an_admin_edits_an_arrangement_policy_is_refused_soft_limits_wider_than_hard_ones_and_schedules_it()
            throws Exception {
        scenario();
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/arrangement-policies.xhtml"));
            var history = d.findElement(By.id("ap:history"));
            pick(d, "ap:product", "Crédito hipotecario", history);
            var first = d.findElement(By.cssSelector("[id='ap:history_data'] tr"));
            var currency = first.findElement(By.cssSelector("td")).getText();
            first.findElement(By.cssSelector("button[id$=':edit']")).click();
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x ->
                            currency.equals(x.findElement(By.id("ap:currency")).getAttribute("value")));
            var hard = Integer.parseInt(d.findElement(By.id("ap:hardInstalments_input"))
                    .getAttribute("value")
                    .replaceAll("\\D", ""));
            Forms.typeDate(d, "ap:effectiveFrom", far, ISO);

            Forms.typeNumber(d, "ap:softInstalments", String.valueOf(hard + 1));
            d.findElement(By.id("ap:save")).click();
            Forms.waitForText(d, By.id("messages"), "es más amplio que el duro");
            assertThat(Forms.text(d, By.id("ap:history"))).doesNotContain(far.toString());

            var soft = Math.max(1, hard - 1);
            Forms.typeNumber(d, "ap:softInstalments", String.valueOf(soft));
            d.findElement(By.id("ap:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            Forms.waitForText(d, By.id("ap:history"), far.toString());
            assertThat(rowWith(d, "ap:history", far.toString()).getText())
                    .contains(currency, "Programada", soft + " ×", hard + " ×");
            browser.screenshot("config-arrangement");
        }
    }

    @Test
    void an_admin_adds_a_tone_expression_tries_a_text_against_tomorrows_list_and_retires_it() throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("today"));
        var word = "zq" + s.getProperty("run").toLowerCase(Locale.ROOT) + "a";
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/tone.xhtml"));
            assertThat(d.findElement(By.id("tl:effectiveFrom_input")).getAttribute("value"))
                    .isEqualTo(today.plusDays(1).toString());
            d.findElement(By.id("tl:expression")).sendKeys(word);
            Forms.choose(d, "tl", "category", "INSULT");
            d.findElement(By.id("tl:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");

            // Tried on tomorrow's list (the box's default date), the word is found and marked.
            d.findElement(By.id("tl:sample")).sendKeys("Usted es un " + word.toUpperCase(Locale.ROOT) + " de verdad");
            d.findElement(By.id("tl:check")).click();
            var result = Forms.waitForText(d, By.id("tl:result"), "Expresiones encontradas");
            assertThat(result).contains("«" + word.toUpperCase(Locale.ROOT) + "» · Insulto (" + word + ")");
            assertThat(d.findElement(By.cssSelector("[id='tl:result'] mark")).getText())
                    .isEqualTo(word.toUpperCase(Locale.ROOT));
            // On today's list it is not there yet.
            Forms.typeDate(d, "tl:sampleDate", today, ISO);
            d.findElement(By.id("tl:check")).click();
            Forms.waitForText(d, By.id("tl:result"), "no contiene expresiones de la lista");

            var filter = d.findElement(By.cssSelector("[id='tl:list'] input.ui-column-filter"));
            filter.sendKeys(word);
            var row = By.xpath("//*[@id='tl:list_data']/tr[contains(., '" + word + "')]");
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x -> x.findElements(By.cssSelector("[id='tl:list_data'] tr"))
                                            .size()
                                    == 1
                            && !x.findElements(row).isEmpty());
            assertThat(d.findElement(row).getText())
                    .contains("Insulto", today.plusDays(1).toString(), "Programada");

            // Retired from the day after it joins.
            Forms.typeDate(d, "tl:effectiveFrom", today.plusDays(2), ISO);
            d.findElement(row)
                    .findElement(By.cssSelector("button[id$=':retire']"))
                    .click();
            Forms.waitForText(d, By.id("messages"), "sale de la lista desde el");
            browser.screenshot("config-tone");
        }
        assertThat(audit("TONE_EXPRESSION", "ES/" + word))
                .contains("CONFIG_SCHEDULED|admin|from " + today.plusDays(1))
                .contains("CONFIG_SCHEDULED|admin|retired from " + today.plusDays(2));
    }

    // ---------------------------------------------------------------- templates, objections, routes

    @Test
    void an_admin_writes_a_template_watching_the_live_preview_and_the_tone_check_and_schedules_it() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_TPL";
        var from = LocalDate.parse(s.getProperty("today")).plusDays(1);
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/templates.xhtml"));
            d.findElement(By.id("mt:code")).sendKeys(code);
            var body = d.findElement(By.id("mt:body"));
            body.sendKeys("Hola {clientName}, no sea idiota y pague {amount}.");
            // The preview follows the typing: the insult marked, the sample values filled in.
            Forms.waitForText(d, By.id("mt:preview"), "La revisión de tono rechazaría lo marcado");
            assertThat(d.findElement(By.cssSelector("[id='mt:preview'] #markedBody mark"))
                            .getText())
                    .isEqualTo("idiota");
            assertThat(Forms.text(d, By.id("rendered")))
                    .isEqualTo("Hola María Pérez, no sea idiota y pague MXN 12.500,00.");
            browser.screenshot("config-template-tone");
            d.findElement(By.id("mt:save")).click();
            Forms.waitForText(d, By.id("messages"), "La revisión de tono rechaza «idiota» (Insulto)");

            body = d.findElement(By.id("mt:body"));
            body.clear();
            body.sendKeys("Hola {clientName}, su saldo es {saldo}.");
            var unknown = Forms.waitForText(d, By.id("mt:preview"), "Datos que no existen: ");
            assertThat(unknown).contains("saldo", "El texto no contiene expresiones de la lista");

            body = d.findElement(By.id("mt:body"));
            body.clear();
            body.sendKeys("Hola {clientName}, su saldo es {amount}. Llámenos.");
            Forms.waitForText(d, By.id("rendered"), "Hola María Pérez, su saldo es MXN 12.500,00. Llámenos.");
            d.findElement(By.id("mt:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            var filter = d.findElement(By.cssSelector("[id='mt:history'] input.ui-column-filter"));
            filter.sendKeys(code);
            new WebDriverWait(d, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(x -> x.findElements(By.cssSelector("[id='mt:history_data'] tr"))
                                            .size()
                                    == 1
                            && x.findElement(By.id("mt:history_data")).getText().contains(code));
            assertThat(Forms.text(d, By.id("mt:history_data")))
                    .contains(code, "SMS", "Español", from.toString(), "Programada", "{amount}. Llámenos.");
            browser.screenshot("config-template");
        }
    }

    @Test
    void an_admin_is_asked_for_an_answer_and_schedules_an_objection_guide_with_it() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_OBJ";
        var answer = "Con gusto lo verifico: ¿en qué fecha pagó?";
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/objections.xhtml"));
            d.findElement(By.id("og:code")).sendKeys(code);
            Forms.choose(d, "og", "objective", "PRESSURE");
            d.findElement(By.id("og:objectionEs")).sendKeys("Ya pagué");
            d.findElement(By.id("og:objectionEn")).sendKeys("I already paid");
            d.findElement(By.id("og:save")).click();
            Forms.waitForText(d, By.id("messages"), "Sugiere al menos una respuesta");
            assertThat(Forms.text(d, By.id("og:history"))).doesNotContain(code);

            d.findElement(By.id("og:answers:0:answerEs")).sendKeys(answer);
            d.findElement(By.id("og:answers:0:answerEn")).sendKeys("Let me check: when did you pay?");
            d.findElement(By.id("og:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            Forms.waitForText(d, By.id("og:history"), code);
            assertThat(rowWith(d, "og:history", code).getText())
                    .contains("Presión respetuosa", "Programada", "«Ya pagué»", answer);
            browser.screenshot("config-objections");
        }
    }

    @Test
    void an_admin_is_told_every_missing_part_of_a_solution_route_and_schedules_it() throws Exception {
        var s = scenario();
        var code = s.getProperty("run") + "_RT";
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/config/routes.xhtml"));
            d.findElement(By.id("sr:code")).sendKeys(code);
            d.findElement(By.id("sr:nameEs")).sendKeys("Cambio de fecha " + code);
            d.findElement(By.id("sr:nameEn")).sendKeys("Due date change");
            d.findElement(By.id("sr:descEs")).sendKeys("Mover la fecha de pago al día en que cobra el cliente.");
            d.findElement(By.id("sr:descEn")).sendKeys("Move the due date to the client's payday.");
            d.findElement(By.id("sr:save")).click();
            var refused = Forms.waitForText(d, By.id("messages"), "Elige el tipo de ruta");
            assertThat(refused).contains("Elige al menos un producto", "Elige al menos un tramo de mora");

            Forms.choose(d, "sr", "kind", "DUE_DATE_CHANGE");
            box(d, "sr:products", "PERSONAL_LOAN").click();
            box(d, "sr:buckets", "DPD_1_29").click();
            box(d, "sr:buckets", "DPD_30_59").click();
            d.findElement(By.id("sr:save")).click();
            Forms.waitForText(d, By.id("messages"), "Cambio programado");
            Forms.waitForText(d, By.id("sr:history"), code);
            assertThat(rowWith(d, "sr:history", code).getText())
                    .contains("Cambio de fecha de pago", "Programada", "Cambio de fecha " + code, "1–29 días");
            browser.screenshot("config-routes");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A select one menu, as a user picks: open it, click the option (its change event and ajax follow). */
    private static void pick(WebDriver driver, String id, String label, WebElement replaced) {
        var item = By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']");
        var settled = "var p = $(PrimeFaces.escapeClientId(arguments[0]));"
                + " return p.is(':visible') && !p.is(':animated');";
        // A click during the panel's opening animation may miss on a loaded machine: wait for it to settle.
        var shown = By.id(id + "_label");
        for (int attempt = 0;
                attempt < 3
                        && !label.equals(
                                settledly(driver, d -> d.findElement(shown).getText()));
                attempt++) {
            if (!settledly(driver, d -> d.findElement(By.id(id + "_panel")).isDisplayed())) {
                driver.findElement(By.id(id)).click();
            }
            new WebDriverWait(driver, WAIT)
                    .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(settled, id + "_panel"));
            new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
            } catch (org.openqa.selenium.TimeoutException missed) {
                // tried again below
            }
        }
        // The form comes back for the choice (a first request on a fresh, loaded server may take long).
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> id + " = " + label + ": the form was not reloaded; the menu shows "
                        + driver.findElement(By.id(id + "_label")).getText())
                .until(Browser.replaced(replaced));
        new WebDriverWait(driver, WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** What the page shows, read again while an ajax update replaces the element. */
    private static <T> T settledly(WebDriver driver, java.util.function.Function<WebDriver, T> read) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> java.util.Optional.of(read.apply(d))) // false is an answer, not "not yet"
                .get();
    }

    /** The PrimeFaces box of a checkbox group's option (the input itself is hidden). */
    private static WebElement box(WebDriver driver, String group, String value) {
        return driver.findElement(By.xpath("//input[@name='" + group + "' and @value='" + value
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"));
    }

    /** The first row of a data table that shows the text. */
    private static WebElement rowWith(WebDriver driver, String table, String text) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "a row with «" + text + "» in " + table)
                .until(d -> d.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                        .filter(row -> row.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    private static void retype(WebDriver driver, String id, String value) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String audit(String type, String id) throws Exception {
        var response = Http.call(
                "GET",
                base + STRATEGY_FIXTURES + "audit?type=" + type + "&id="
                        + URLEncoder.encode(id, StandardCharsets.UTF_8),
                ADMIN,
                Http.TEXT);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> post(URL root, String path, String form) throws Exception {
        return Http.form("POST", root + path, ADMIN, Http.TEXT, form);
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    private String url(String path) {
        return Http.url(base, path);
    }
}

package com.acuerdo.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planning and contact parts of the case workspace through the real pages: the plan (checklist,
 * objections, routes with amounts, payment methods, statement), the guard badges, recording a
 * right-party call, the mandatory-points rule, an out-of-hours refusal, a NO_CALL restriction, a
 * stale case. Data: fresh clients from {@link WorkspaceContactFixtures} in zones chosen from the real
 * clock, never the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceContactIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(WorkspaceContactFixtures.class);
    }

    @ArquillianResource
    URL base;

    private static Properties facts;

    private Properties facts() throws Exception {
        if (facts == null) {
            facts = Http.facts(http("POST", "/api/v1/test-fixtures/workspace-contact", ADMIN, null));
        }
        return facts;
    }

    @Test
    void the_agent_plans_records_a_right_party_call_and_the_checklist_guards_a_negotiation() throws Exception {
        var f = facts();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 3400));
            logIn(driver, f.getProperty("agent"), f.getProperty("password"));
            open(driver, f.getProperty("talkCase"));

            // The plan, in Spanish.
            assertThat(text(driver, "planChecklist"))
                    .contains("Lograr un compromiso", "Revisar juntos el saldo vencido", "OBLIGATORIO");
            assertThat(text(driver, "planObjections")).contains("«No tengo dinero.»", "¿Cuánto podría pagar hoy");
            var routes = text(driver, "planRoutes");
            assertThat(routes)
                    .contains("Promesa de pago", "Promesa de hasta MXN 10.000,00")
                    .contains("Convenio de pago", "Pago inicial MXN 1.000,00 + 12 cuotas mensuales de MXN 750,00")
                    .contains("Pausa por dificultad");
            assertThat(text(driver, "planMethods"))
                    .contains("Transferencia bancaria", "Domiciliación", "Efectivo en comercios afiliados")
                    .doesNotContain("Cheque por correo");
            assertThat(text(driver, "planStatement"))
                    .contains("MXN 10.000,00", "MXN 3.000,00", "Sucursal", f.getProperty("talkAccount"));
            // The guard: the client's zone is inside CONDUSEF hours now.
            assertThat(text(driver, "badge-CALL")).contains("Puede contactar ahora");
            assertThat(text(driver, "guard")).contains(f.getProperty("dayZone"), "America/Bogota");
            browser.screenshot("workspace-plan-es");

            // A promise without every mandatory point: refused, the missing ones named, nothing lost.
            choose(driver, "outcome", "RIGHT_PARTY");
            choose(driver, "reason", "INCOME_LOSS");
            choose(driver, "nextStep", "PROMISE");
            tick(driver, "GREET_IDENTIFY");
            tick(driver, "REVIEW_SITUATION");
            driver.findElement(By.id("contactForm:notes")).sendKeys("Perdió el empleo; si no paga, cárcel.");
            saveExpectingProblem(driver);
            var problems = text(driver, "contactForm:contactProblems");
            assertThat(problems)
                    .contains("faltan estos puntos obligatorios")
                    .contains("Explicar todas las opciones de pago", "Confirmar el compromiso")
                    .doesNotContain("Saludar con cortesía", "Revisar juntos");
            assertThat(driver.findElement(By.id("contactForm:notes")).getAttribute("value"))
                    .isEqualTo("Perdió el empleo; si no paga, cárcel.");
            assertThat(text(driver, "contacts")).contains("Todavía no hay gestiones");
            closeUp(browser, "recordContact", "workspace-contact-missing-points");

            // Every mandatory point: saved, a tone warning for the notes, and the timeline shows it.
            tick(driver, "PRESENT_OPTIONS");
            tick(driver, "CONFIRM_AGREEMENT");
            saveExpectingReload(driver);
            assertThat(text(driver, "messages")).contains("Gestión registrada.", "Atención al tono", "cárcel");
            var timeline = text(driver, "contacts");
            assertThat(timeline)
                    .contains("Llamada · saliente", "Habló con el titular", "Pérdida de ingresos")
                    .contains("Perdió el empleo");
            // After a conversation CONDUSEF's policy keeps calls away for 7 days.
            assertThat(text(driver, "badge-CALL")).contains("Conversación telefónica", "no llamar antes del");
            browser.screenshot("workspace-contact-saved");

            // The same screen in English.
            Browser.clickAndWaitForPage(driver, By.id("lang:en"));
            assertThat(text(driver, "planChecklist")).contains("Contact script", "Go through the overdue balance");
            assertThat(text(driver, "planRoutes")).contains("Down payment MXN 1,000.00 + 12 monthly instalments");
            assertThat(text(driver, "badge-CALL")).contains("Telephone conversation on", "Next:");
            assertThat(text(driver, "badge-SMS")).contains("Can contact now");
            assertThat(text(driver, "planStatement")).contains("Branch").doesNotContain("BRANCH");
            assertThat(text(driver, "recordContact")).contains("Record a contact", "Talking points covered");
            browser.screenshot("workspace-contact-en");
            Browser.clickAndWaitForPage(driver, By.id("lang:es"));
        }
    }

    @Test
    void an_out_of_hours_call_is_refused_with_its_reason_and_nothing_is_recorded() throws Exception {
        var f = facts();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 3000));
            logIn(driver, f.getProperty("agent"), f.getProperty("password"));
            open(driver, f.getProperty("nightCase"));
            var zone = f.getProperty("nightZone");
            assertThat(text(driver, "badge-CALL"))
                    .contains(
                            "Fuera de horario en " + zone,
                            "se permite de 07:00 a 22:00",
                            "Próximo:",
                            "07:00 (" + zone + ")");

            choose(driver, "outcome", "NO_ANSWER");
            saveExpectingProblem(driver);
            assertThat(text(driver, "contactForm:contactProblems"))
                    .contains("las reglas de contacto no permiten", "Fuera de horario en " + zone);
            browser.screenshot("workspace-contact-out-of-hours");
            driver.navigate().refresh();
            assertThat(text(driver, "contacts")).contains("Todavía no hay gestiones");
        }
    }

    @Test
    void a_no_call_restriction_turns_the_call_badge_to_refused() throws Exception {
        var f = facts();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 3000));
            logIn(driver, f.getProperty("agent"), f.getProperty("password"));
            open(driver, f.getProperty("restrictCase"));
            assertThat(text(driver, "badge-CALL")).contains("Puede contactar ahora");
            assertThat(driver.findElements(By.id("restrictions"))).isEmpty();

            choose(driver, "restrictionForm", "restrictionType", "NO_CALL");
            driver.findElement(By.id("restrictionForm:restrictionNote")).sendKeys("Pidió solo correos");
            Browser.clickAndWaitForPage(driver, By.id("restrictionForm:addRestriction"));

            assertThat(text(driver, "messages")).contains("Restricción registrada: No llamar.");
            assertThat(driver.findElement(By.id("badge-CALL")).getAttribute("class"))
                    .contains("ac-guard-no");
            assertThat(text(driver, "badge-CALL")).contains("El cliente pidió no recibir llamadas desde el");
            assertThat(text(driver, "badge-EMAIL")).contains("Puede contactar ahora");
            assertThat(text(driver, "restrictions")).contains("No llamar");
            assertThat(text(driver, "restrictionForm")).contains("No llamar", "Levantar");
            closeUp(browser, "guard", "workspace-contact-no-call");

            // Lifted: it ends the day before the business date, the call is allowed again.
            Browser.clickAndWaitForPage(driver, By.cssSelector("[id$=':lift']"));
            assertThat(text(driver, "messages")).contains("Restricción levantada: No llamar.");
            assertThat(text(driver, "badge-CALL")).contains("Puede contactar ahora");
        }
    }

    @Test
    void a_case_changed_by_someone_else_meanwhile_is_not_saved_and_the_entries_stay() throws Exception {
        var f = facts();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, f.getProperty("agent"), f.getProperty("password"));
            open(driver, f.getProperty("staleCase"));
            choose(driver, "outcome", "RIGHT_PARTY");
            driver.findElement(By.id("contactForm:notes")).sendKeys("Llamó para preguntar su saldo");

            // Meanwhile an integration records an inbound contact on the same case.
            var body = "{\"channel\":\"CALL\",\"direction\":\"INBOUND\",\"at\":\"" + Instant.now()
                    + "\",\"outcome\":\"RIGHT_PARTY\",\"reason\":null,\"notes\":\"dialer\"}";
            var recorded = http("POST", "/api/v1/accounts/" + f.getProperty("staleAccount") + "/contacts", ADMIN, body);
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

            choose(driver, "direction", "INBOUND");
            saveExpectingProblem(driver);
            assertThat(text(driver, "contactForm:contactProblems")).contains("otra persona modificó este caso");
            assertThat(driver.findElement(By.id("contactForm:notes")).getAttribute("value"))
                    .isEqualTo("Llamó para preguntar su saldo");

            driver.navigate().to(url("/agent/case.xhtml?id=" + f.getProperty("staleCase")));
            assertThat(text(driver, "contacts")).contains("dialer").doesNotContain("Llamó para preguntar");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A screenshot of one part at a normal window size (the full page is too tall to read). */
    private static void closeUp(Browser browser, String id, String name) {
        var driver = browser.driver();
        var size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1366, 1000));
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        browser.screenshot(name);
        driver.manage().window().setSize(size);
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logInAndWaitForPage(driver, url("/login.xhtml"), username, password);
    }

    private void open(WebDriver driver, String caseId) {
        driver.get(url("/agent/case.xhtml?id=" + caseId));
        assertThat(driver.findElements(By.id("recordContact")))
                .as(driver.getPageSource())
                .isNotEmpty();
    }

    private static void choose(WebDriver driver, String field, String value) {
        choose(driver, "contactForm", field, value);
    }

    /** A PrimeFaces select one menu, through its widget (as a user's pick fires the same events). */
    private static void choose(WebDriver driver, String form, String field, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("PF(arguments[0]).selectValue(arguments[1]);", "widget_" + form + "_" + field, value);
    }

    private static void tick(WebDriver driver, String code) {
        driver.findElement(By.xpath("//input[@name='contactForm:points' and @value='" + code
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"))
                .click();
    }

    private static void saveExpectingProblem(WebDriver driver) {
        driver.findElement(By.id("contactForm:save")).click();
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:contactProblems")));
    }

    private static void saveExpectingReload(WebDriver driver) {
        Browser.clickAndWaitForPage(driver, By.id("contactForm:save"));
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword, String json)
            throws Exception {
        return Http.json(method, url(path), userAndPassword, Http.JSON_OR_TEXT, json);
    }
}

package com.acuerdo.casework;

import static com.acuerdo.testing.Forms.choose;
import static com.acuerdo.testing.Forms.text;
import static com.acuerdo.testing.Forms.tickAll;
import static com.acuerdo.testing.Forms.typeDate;
import static com.acuerdo.testing.Forms.typeNumber;
import static com.acuerdo.testing.Forms.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.message.WorkspaceMessagesFixtures;
import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Worklist;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's whole day in one walk through the real pages, as issue 4 tells it: log in, the
 * worklist, Next case (which skips the client it is the middle of the night for), the plan and the
 * guard, a right-party call with its reason and talking points, a promise that shows in the case
 * and on the worklist, a threatening SMS refused with the phrase marked, the out-of-hours call
 * refused with its reason, and an arrangement beyond the policy that the supervisor approves and the
 * agent then sees active. The data is {@link WorkspaceMessagesFixtures}' own fresh department.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentDayIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final Locale ES = Locale.forLanguageTag("es");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(WorkspaceMessagesFixtures.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void an_agent_plans_contacts_and_negotiates_and_the_supervisor_approves_what_is_beyond_the_policy()
            throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("businessDate"));
        var promisedOn = today.plusDays(5);
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 3000));

            // The worklist: the night client is on top by priority, but Next case may not call them now.
            logIn(driver, s.getProperty("agent"), s.getProperty("password"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Mi cartera");
            assertThat(firstClient(driver)).isEqualTo(s.getProperty("nightName"));
            Browser.clickAndWaitForPage(driver, By.id("wl:next"));
            assertThat(driver.getCurrentUrl()).contains("/agent/case.xhtml?id=" + s.getProperty("topCase"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo(s.getProperty("topName"));

            // The plan and the guard.
            assertThat(text(driver, By.id("why"))).contains("30–59");
            assertThat(text(driver, By.id("priorityParts"))).isNotBlank();
            assertThat(text(driver, By.id("planChecklist"))).contains("OBLIGATORIO");
            assertThat(text(driver, By.id("planRoutes"))).contains("Promesa de pago", "Convenio de pago");
            assertThat(text(driver, By.id("badge-CALL"))).contains("Puede contactar ahora");
            browser.screenshot("agent-day-plan");

            // A right-party call with the reason for the delay and every talking point.
            choose(driver, "contactForm", "outcome", "RIGHT_PARTY");
            choose(driver, "contactForm", "reason", "ILLNESS");
            choose(driver, "contactForm", "nextStep", "PROMISE");
            tickAll(driver, "contactForm:points");
            driver.findElement(By.id("contactForm:notes")).sendKeys("Estuvo hospitalizado; paga el viernes.");
            Browser.clickAndWaitForPage(driver, By.id("contactForm:save"));
            assertThat(text(driver, By.id("messages"))).contains("Gestión registrada.");
            assertThat(text(driver, By.id("contacts")))
                    .contains("Llamada · saliente", "Habló con el titular", "Enfermedad", "Estuvo hospitalizado");

            // The promise, in the case and then on the worklist on its date.
            typeNumber(driver, "promiseForm:amount", "500");
            typeDate(driver, "promiseForm:dueOn", promisedOn);
            Browser.clickAndWaitForPage(driver, By.id("promiseForm:make"));
            assertThat(text(driver, By.id("messages")))
                    .contains("Promesa de pago registrada para el " + medium(promisedOn));
            assertThat(text(driver, By.id("promises"))).contains("MXN 500,00", medium(promisedOn), "Vigente");

            // A threatening SMS is not sent: the phrase is marked and the text stays for a rewrite.
            driver.findElement(By.id("msg:agentText")).sendKeys("Pague hoy o lo meteremos a la cárcel.");
            driver.findElement(By.id("msg:send")).click();
            var refused = new WebDriverWait(driver, Forms.WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("toneRefused")));
            assertThat(refused.getText()).contains("No se envió", "«cárcel» (Amenaza)");
            assertThat(driver.findElements(By.cssSelector("#previewText mark")))
                    .extracting(WebElement::getText)
                    .containsExactly("cárcel");
            browser.screenshot("agent-day-threat-refused");

            driver.get(url("/agent/worklist.xhtml"));
            assertThat(Worklist.row(driver, s.getProperty("topName")))
                    .contains("Promesa vence el " + medium(promisedOn));

            // The night client: the call is refused with its reason and nothing is recorded.
            Browser.clickAndWaitForPage(driver, By.linkText(s.getProperty("nightName")));
            var zone = s.getProperty("outsideZone");
            assertThat(text(driver, By.id("badge-CALL"))).contains("Fuera de horario en " + zone, "Próximo:");
            choose(driver, "contactForm", "outcome", "NO_ANSWER");
            driver.findElement(By.id("contactForm:save")).click();
            assertThat(waitForText(driver, By.id("contactForm:contactProblems"), "Fuera de horario"))
                    .contains("las reglas de contacto no permiten", "Fuera de horario en " + zone);
            browser.screenshot("agent-day-out-of-hours");
            driver.navigate().refresh();
            assertThat(text(driver, By.id("contacts"))).contains("Todavía no hay gestiones");

            // An arrangement with a 20 % discount is beyond the agent's limit: the supervisor decides.
            openFromWorklist(driver, s.getProperty("smsName"));
            typeNumber(driver, "arrangementForm:discount", "20");
            waitForText(driver, By.id("verdict"), "Descuento del 20 %");
            assertThat(driver.findElement(By.id("verdict")).getAttribute("data-verdict"))
                    .isEqualTo("NEEDS_APPROVAL");
            Browser.clickAndWaitForPage(driver, By.id("arrangementForm:propose"));
            assertThat(text(driver, By.id("messages"))).contains("enviado a tu supervisor");
            assertThat(text(driver, By.id("historyForm:history"))).contains("Pendiente de aprobación");

            logOut(driver);
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("[id='menu'] a[href*='approvals']"));
            var row = queueRow(driver, s.getProperty("smsName"));
            assertThat(row.getText()).contains("Descuento del 20 %");
            row.findElement(By.cssSelector(".ac-neg-approve")).click();
            waitForText(driver, By.id("messages"), "aprobado");
            browser.screenshot("agent-day-approved");

            logOut(driver);
            logIn(driver, s.getProperty("agent"), s.getProperty("password"));
            openFromWorklist(driver, s.getProperty("smsName"));
            assertThat(text(driver, By.id("historyForm:history")))
                    .contains("Activo", "Aprobado por " + s.getProperty("supervisor"));
            browser.screenshot("agent-day-active");
        }
    }

    // ---------------------------------------------------------------- helpers

    private Properties scenario() throws Exception {
        return Http.facts(http("POST", "/api/v1/test-fixtures/workspace-messages"));
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logInAndWaitForPage(driver, url("/login.xhtml"), username, password);
    }

    private static void logOut(WebDriver driver) {
        Browser.clickAndWaitForPage(driver, By.id("logout:logoutButton"));
    }

    private void openFromWorklist(WebDriver driver, String client) {
        driver.get(url("/agent/worklist.xhtml"));
        Browser.clickAndWaitForPage(driver, By.linkText(client));
    }

    private static String firstClient(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='wl:cases_data'] td.ac-col-client a"))
                .getText();
    }

    private static WebElement queueRow(WebDriver driver, String client) {
        return new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='queueForm:queue_data'] > tr")).stream()
                        .filter(row -> row.getText().contains(client))
                        .findFirst()
                        .orElse(null));
    }

    private static String medium(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ES)
                .format(date);
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        return Http.call(method, url(path), ADMIN, Http.TEXT_OR_JSON);
    }
}

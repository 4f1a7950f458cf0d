package com.acuerdo.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.WebSession;
import com.acuerdo.testing.Worklist;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case workspace's messages and the worklist's filters and Next case, through the real pages:
 * a friendly SMS goes to the outbox and the timeline, a threatening one is refused with the phrase
 * marked, a letter downloads as a PDF, the bucket filter narrows the list, Next case skips a client
 * for whom it is the middle of the night. Data: a fresh scenario of {@link WorkspaceMessagesFixtures}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceMessagesIT {

    private static final String ADMIN = "admin:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(WorkspaceMessagesFixtures.class);
    }

    @ArquillianResource
    URL base;

    private static Properties scenario;

    private Properties scenario() throws Exception {
        if (scenario == null) {
            scenario = Http.facts(http("POST", "/api/v1/test-fixtures/workspace-messages", ADMIN));
        }
        return scenario;
    }

    // ---------------------------------------------------------------- messages

    @Test
    void a_friendly_sms_in_the_clients_language_goes_to_the_outbox_and_into_the_timeline() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s);
            driver.get(url("/agent/case.xhtml?id=" + s.getProperty("smsCase")));
            assertThat(text(driver, By.id("message"))).contains("Enviar un mensaje", "Español");
            // No open promise: its confirmation is offered but cannot be chosen.
            assertThat(driver.findElement(By.cssSelector("[id='msg:template'] option[value='PROMISE_CONFIRMATION']"))
                            .isEnabled())
                    .isFalse();
            new Select(driver.findElement(By.id("msg:template"))).selectByValue("PAYMENT_REMINDER");
            driver.findElement(By.id("msg:agentText")).sendKeys("Quedo atenta a sus comentarios.");
            driver.findElement(By.id("msg:preview")).click();
            var preview = waitFor(driver, By.id("previewText"));
            assertThat(preview.getText())
                    .contains("Hola " + s.getProperty("smsName"), "MXN 1.500,00", "Quedo atenta a sus comentarios.");
            assertThat(outbox(s, "sms").getProperty("count"))
                    .as("nothing sent by a preview")
                    .isEqualTo("0");

            driver.findElement(By.id("msg:send")).click();
            var sent = waitFor(driver, By.id("sent"));
            assertThat(sent.getText()).contains("SMS enviado a +52551");
            scrollTo(driver, By.id("message"));
            browser.screenshot("message-sms-sent");

            var outbox = outbox(s, "sms");
            assertThat(outbox.getProperty("count")).isEqualTo("1");
            assertThat(outbox.getProperty("message0"))
                    .startsWith("SMS|+52551")
                    .contains("|ES|", s.getProperty("smsName"), "le recordamos amablemente", "Quedo atenta");

            // The timeline shows it at once, without reloading the page.
            assertThat(Forms.waitForText(driver, By.id("contacts"), "SMS · saliente"))
                    .contains("Entregado", "PAYMENT_REMINDER");
        }
    }

    @Test
    void a_threatening_sms_is_refused_with_the_phrase_marked_and_nothing_goes_out() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s);
            driver.get(url("/agent/case.xhtml?id=" + s.getProperty("threatCase")));
            driver.findElement(By.id("msg:agentText")).sendKeys("Si no paga, lo vamos a meter a la cárcel. <b>ya</b>");
            driver.findElement(By.id("msg:send")).click();

            var refused = waitFor(driver, By.id("toneRefused"));
            assertThat(refused.getText()).contains("No se envió", "«cárcel» (Amenaza)");
            var marks = driver.findElements(By.cssSelector("#previewText mark"));
            assertThat(marks).extracting(WebElement::getText).containsExactly("cárcel");
            // The agent's markup comes back as text, not as markup.
            assertThat(driver.findElements(By.cssSelector("#previewText b"))).isEmpty();
            assertThat(text(driver, By.id("previewText"))).contains("<b>ya</b>", s.getProperty("threatName"));
            assertThat(driver.findElement(By.id("msg:agentText")).getAttribute("value"))
                    .contains("cárcel");
            scrollTo(driver, By.id("message"));
            browser.screenshot("message-threat-refused");

            assertThat(outbox(s, "threat").getProperty("count")).isEqualTo("0");
            driver.navigate().refresh();
            assertThat(text(driver, By.id("contacts"))).doesNotContain("SMS · saliente");
        }
    }

    @Test
    void a_message_the_contact_guard_refuses_shows_its_reasons_and_nothing_goes_out() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s);
            driver.get(url("/agent/case.xhtml?id=" + s.getProperty("nightCase")));
            driver.findElement(By.id("msg:send")).click();

            var refused = waitFor(driver, By.id("guardRefused"));
            assertThat(refused.getText())
                    .contains("No se envió", "Fuera del horario permitido", s.getProperty("outsideZone"));
            assertThat(driver.findElements(By.id("previewText"))).isEmpty();
            assertThat(outbox(s, "night").getProperty("count")).isEqualTo("0");
        }
    }

    @Test
    void a_letter_downloads_as_a_pdf_and_is_recorded_as_a_letter() throws Exception {
        var s = scenario();
        var session = new WebSession(base);
        session.signIn(s.getProperty("agent"), s.getProperty("password"));
        var casePath = "/agent/case.xhtml?id=" + s.getProperty("letterCase");
        var page = session.get(casePath).body();
        assertThat(page).contains("Descargar carta (PDF)");
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("letter", "letter");
        form.put("letter:letterTemplate", "STATEMENT_COPY");
        form.put("letter:download", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page));
        var response = session.postForBytes(casePath, form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("statement_copy-");
        assertThat(session.get(casePath).body()).contains("Carta · saliente", "STATEMENT_COPY");
    }

    // ---------------------------------------------------------------- worklist

    @Test
    void the_bucket_filter_narrows_the_worklist_in_the_database_in_both_languages() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s);
            assertThat(driver.getCurrentUrl()).endsWith("/agent/worklist.xhtml");
            var all = List.of("night", "top", "sms", "threat", "letter").stream()
                    .map(key -> s.getProperty(key + "Name"))
                    .toList();
            assertThat(Worklist.clientNames(driver)).containsExactlyElementsOf(all);
            assertThat(text(driver, By.id("filters"))).contains("Tramo de mora", "En horario de contacto ahora");

            filter(driver, () -> new Select(driver.findElement(By.id("wl:bucket"))).selectByValue("DPD_30_59"));
            assertThat(Worklist.clientNames(driver)).containsExactly(s.getProperty("topName"));
            assertThat(text(driver, By.cssSelector(".ui-paginator-current"))).isEqualTo("1–1 de 1 casos");
            browser.screenshot("worklist-filter-bucket-es");

            filter(driver, () -> new Select(driver.findElement(By.id("wl:bucket"))).selectByIndex(0));
            assertThat(Worklist.clientNames(driver)).hasSize(5);
            filter(driver, () -> driver.findElement(By.id("wl:withinHours")).click());
            assertThat(Worklist.clientNames(driver))
                    .as("the night client (" + s.getProperty("outsideZone") + ") is outside the hours")
                    .containsExactlyElementsOf(all.subList(1, 5));

            Browser.clickAndWait(driver, By.id("lang:en"));
            assertThat(text(driver, By.id("filters")))
                    .contains("Delinquency bucket", "Objective", "Within contact hours now", "Next case");
            browser.screenshot("worklist-filters-en");
        }
    }

    @Test
    void next_case_opens_the_top_case_that_may_be_called_now_and_skips_the_one_outside_the_hours() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s);
            assertThat(Worklist.clientNames(driver).get(0)).isEqualTo(s.getProperty("nightName"));
            Browser.clickAndWait(driver, By.id("wl:next"));
            assertThat(driver.getCurrentUrl()).contains("/agent/case.xhtml?id=" + s.getProperty("topCase"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo(s.getProperty("topName"));
            browser.screenshot("next-case");
        }
    }

    // ---------------------------------------------------------------- helpers

    private Properties outbox(Properties s, String key) throws Exception {
        return Http.facts(http(
                "GET",
                "/api/v1/test-fixtures/workspace-messages/outbox?customerId=" + s.getProperty(key + "Customer"),
                ADMIN));
    }

    private void logIn(WebDriver driver, Properties s) {
        driver.manage().window().setSize(new Dimension(1366, 1000));
        Browser.logIn(driver, url("/login.xhtml"), s.getProperty("agent"), s.getProperty("password"));
    }

    /** An ajax filter re-renders the table: wait until its first row is another element. */
    private static void filter(WebDriver driver, Runnable change) {
        var first = driver.findElement(By.cssSelector("[id='wl:cases_data'] tr"));
        change.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(Browser.replaced(first));
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void scrollTo(WebDriver driver, By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", driver.findElement(by));
    }

    private static String text(WebDriver driver, By by) {
        return driver.findElement(by).getText();
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword) throws Exception {
        return Http.call(method, url(path), userAndPassword, Http.TEXT_OR_JSON);
    }

    /** Form login over HTTP, to see the real status and headers of a download. */
}

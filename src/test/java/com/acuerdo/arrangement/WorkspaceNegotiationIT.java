package com.acuerdo.arrangement;

import static com.acuerdo.testing.Forms.typeDate;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.Worklist;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Negotiation in the case workspace through the real pages: a promise to pay (refused above the
 * balance, then made, seen in the case and on the worklist, cancelled), the arrangement calculator's
 * live schedule and verdict, arrangements inside the policy (ACTIVE), beyond the soft limits (the
 * supervisor approves or rejects in the approval queue; the agent sees the decision) and beyond the
 * hard limits (refused with reasons). The data is {@link WorkspaceNegotiationFixtures}' own: a fresh
 * agent, supervisor and team, NZD loans of 1,000.00 in bucket 30–59 under the test's own policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceNegotiationIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(WorkspaceNegotiationFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    private static Properties facts;

    private String fact(String key) throws Exception {
        if (facts == null) {
            facts = Http.facts(http("POST", "/api/v1/test-fixtures/workspace-negotiation", ADMIN, null));
        }
        return facts.getProperty(key);
    }

    private LocalDate today() throws Exception {
        return LocalDate.parse(fact("businessDate"));
    }

    // ---------------------------------------------------------------- promise to pay

    @Test
    void a_promise_above_the_balance_is_refused_with_its_reason_then_a_valid_one_shows_in_the_case_and_the_worklist()
            throws Exception {
        var client = fact("promise.client");
        var dueOn = today().plusDays(5);
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, fact("agent"));
            openCase(driver, client);
            assertThat(text(driver, By.id("negotiation"))).contains("Promesa de pago", "Saldo NZD 1.000,00");
            assertThat(text(driver, By.id("promiseForm:latestDueOn")))
                    .contains(medium(today().plusDays(WorkspaceNegotiationFixtures.MAX_PROMISE_DAYS)));

            typeNumber(driver, "promiseForm:amount", "1200");
            typeDate(driver, "promiseForm:dueOn", today().plusDays(40));
            driver.findElement(By.id("promiseForm:make")).click();
            var errors = waitForText(driver, By.id("promiseForm:promiseErrors"), "supera el saldo");
            assertThat(errors)
                    .contains("El monto NZD 1.200,00 supera el saldo de la cuenta, NZD 1.000,00.")
                    .contains("demasiado lejos", "hasta 20 días");
            assertThat(text(driver, By.id("promises"))).contains("Sin promesas de pago.");
            scrollTo(driver, By.id("promiseForm"));
            browser.screenshot("negotiation-promise-refused-es");

            typeNumber(driver, "promiseForm:amount", "300");
            typeDate(driver, "promiseForm:dueOn", dueOn);
            Browser.clickAndWaitForPage(driver, By.id("promiseForm:make"));
            assertThat(text(driver, By.id("messages"))).contains("Promesa de pago registrada para el " + medium(dueOn));
            assertThat(text(driver, By.id("promises"))).contains("NZD 300,00", medium(dueOn), "Vigente");
            assertThat(text(driver, By.id("openPromises"))).contains("NZD 300,00", medium(dueOn));

            driver.get(url("/agent/worklist.xhtml"));
            var row = Worklist.row(driver, client);
            assertThat(row).contains("Promesa vence el " + medium(dueOn));

            openCase(driver, client);
            typeNumber(driver, "promiseForm:amount", "100");
            typeDate(driver, "promiseForm:dueOn", dueOn);
            driver.findElement(By.id("promiseForm:make")).click();
            assertThat(waitForText(driver, By.id("promiseForm:promiseErrors"), "promesa vigente"))
                    .contains("El caso ya tiene una promesa vigente");

            Browser.clickAndWaitForPage(driver, By.cssSelector("#openPromises .ac-neg-cancel"));
            assertThat(text(driver, By.id("messages"))).contains("Promesa de pago cancelada.");
            assertThat(text(driver, By.id("promises"))).contains("Cancelada");
            assertThat(driver.findElements(By.id("openPromises"))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- calculator, inside policy

    @Test
    void the_calculator_shows_an_exact_schedule_live_and_an_arrangement_inside_policy_is_active_at_once()
            throws Exception {
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 2200));
            logIn(driver, fact("agent"));
            openCase(driver, fact("active.client"));

            // The opening offer: 10 % down, 6 monthly instalments, first in 7 days: inside the policy.
            assertThat(verdict(driver)).isEqualTo("WITHIN_POLICY");
            assertThat(instalments(driver)).hasSize(6).containsOnly(new BigDecimal("150.00"));

            typeNumber(driver, "arrangementForm:instalments", "7");
            waitForInstalments(driver, 7);
            var amounts = instalments(driver);
            assertThat(amounts.subList(0, 6)).containsOnly(new BigDecimal("128.57"));
            assertThat(amounts.get(6)).isEqualByComparingTo("128.58");
            assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(money(text(driver, By.id("scheduleTotal"))))
                    .isEqualByComparingTo("900.00");
            assertThat(money(text(driver, By.id("totalToPay")))).isEqualByComparingTo("1000.00");
            assertThat(text(driver, By.id("verdict"))).contains("Dentro de la política");

            // A discount is live too: 5 % off 1,000.00 leaves 950.00, 850.00 after the down payment.
            typeNumber(driver, "arrangementForm:discount", "5");
            waitForText(driver, By.id("totalToPay"), "950,00");
            var discounted = instalments(driver);
            assertThat(discounted.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(money(text(driver, By.id("scheduleTotal"))))
                    .isEqualByComparingTo("850.00");
            assertThat(discounted.get(6)).isEqualByComparingTo("121.48"); // 6 × 121.42 + 121.48
            browser.screenshot("negotiation-calculator-es");

            Browser.clickAndWait(driver, By.id("lang:en"));
            assertThat(text(driver, By.id("negotiation")))
                    .contains("Negotiation", "Promise to pay", "Payment arrangement", "Down payment", "Total to pay");
            assertThat(text(driver, By.id("verdict"))).contains("Inside the policy");
            browser.screenshot("negotiation-calculator-en");
            Browser.clickAndWait(driver, By.id("lang:es"));

            Browser.clickAndWaitForPage(driver, By.id("arrangementForm:propose"));
            assertThat(text(driver, By.id("messages"))).contains("Convenio de pago acordado: ya está activo.");
            assertThat(text(driver, By.id("historyForm:history"))).contains("NZD 950,00", "Activo");
        }
    }

    // ---------------------------------------------------------------- beyond the soft limits

    @Test
    void arrangements_beyond_the_soft_limits_wait_for_the_supervisor_who_approves_one_and_rejects_the_other()
            throws Exception {
        var reason = "Ya incumplió dos convenios este año";
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 1800));
            logIn(driver, fact("agent"));

            openCase(driver, fact("approve.client"));
            typeNumber(driver, "arrangementForm:instalments", "18");
            waitForInstalments(driver, 18);
            assertThat(verdict(driver)).isEqualTo("NEEDS_APPROVAL");
            assertThat(text(driver, By.id("verdict")))
                    .contains("Requiere la aprobación de tu supervisor", "18 cuotas: la política admite hasta 12.");
            browser.screenshot("negotiation-needs-approval-es");
            Browser.clickAndWaitForPage(driver, By.id("arrangementForm:propose"));
            assertThat(text(driver, By.id("messages")))
                    .contains("Convenio enviado a tu supervisor para su aprobación.");
            assertThat(text(driver, By.id("historyForm:history")))
                    .contains("Pendiente de aprobación", "18 cuotas: la política admite hasta 12.");

            openCase(driver, fact("reject.client"));
            typeNumber(driver, "arrangementForm:discount", "20");
            waitForText(driver, By.id("verdict"), "Descuento del 20 %");
            assertThat(verdict(driver)).isEqualTo("NEEDS_APPROVAL");
            Browser.clickAndWaitForPage(driver, By.id("arrangementForm:propose"));
            assertThat(text(driver, By.id("messages"))).contains("enviado a tu supervisor");

            logOut(driver);
            logIn(driver, fact("supervisor"));
            Browser.clickAndWait(driver, By.cssSelector("[id='menu'] a[href*='approvals']"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Convenios por aprobar");
            var toApprove = queueRow(driver, fact("approve.client"));
            assertThat(toApprove.getText())
                    .contains(fact("agentName"), "NZD 1.000,00", "18 cuotas: la política admite hasta 12.");
            var toReject = queueRow(driver, fact("reject.client"));
            assertThat(toReject.getText()).contains("Descuento del 20 %: la política admite hasta el 10 %.");
            toApprove.findElement(By.cssSelector(".ui-row-toggler")).click();
            waitForText(driver, By.cssSelector(".ac-neg-expanded"), "18");
            browser.screenshot("approvals-es");

            // The schedule on expand: 18 instalments adding up to what is financed.
            assertThat(driver.findElements(By.cssSelector(".ac-neg-expanded .ac-neg-mini tbody tr")))
                    .hasSize(18);

            queueRow(driver, fact("approve.client"))
                    .findElement(By.cssSelector(".ac-neg-approve"))
                    .click();
            waitForText(driver, By.id("messages"), "aprobado");
            assertThat(text(driver, By.id("queueForm:queue"))).doesNotContain(fact("approve.client"));

            queueRow(driver, fact("reject.client"))
                    .findElement(By.cssSelector(".ac-neg-reject"))
                    .click();
            waitForText(driver, By.id("messages"), "indica el motivo");
            var row = queueRow(driver, fact("reject.client"));
            row.findElement(By.cssSelector("textarea")).sendKeys(reason);
            row.findElement(By.cssSelector(".ac-neg-reject")).click();
            waitForText(driver, By.id("messages"), "rechazado");
            assertThat(text(driver, By.id("queueForm:queue"))).doesNotContain(fact("reject.client"));

            logOut(driver);
            logIn(driver, fact("agent"));
            openCase(driver, fact("approve.client"));
            var approved = text(driver, By.id("historyForm:history"));
            assertThat(approved).contains("Activo", "Aprobado por " + fact("supervisor"));
            openCase(driver, fact("reject.client"));
            assertThat(text(driver, By.id("historyForm:history")))
                    .contains("Rechazado", "Rechazado por " + fact("supervisor"), reason);
            scrollTo(driver, By.id("historyForm"));
            browser.screenshot("negotiation-rejected-es");
        }
    }

    @Test
    void beyond_the_hard_limits_is_refused_with_reasons_and_a_decision_made_meanwhile_elsewhere_is_a_conflict()
            throws Exception {
        var client = fact("hard.client");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, fact("agent"));
            openCase(driver, client);

            // Beyond the hard limits: refused live and on submit, with the reasons.
            typeNumber(driver, "arrangementForm:instalments", "30");
            waitForText(driver, By.id("verdict"), "30 cuotas");
            assertThat(verdict(driver)).isEqualTo("REFUSED");
            assertThat(text(driver, By.id("verdict")))
                    .contains("No se puede registrar", "30 cuotas: la política admite hasta 24.");
            browser.screenshot("negotiation-refused-es");
            driver.findElement(By.id("arrangementForm:propose")).click();
            assertThat(waitForText(driver, By.id("arrangementForm:calcErrors"), "30 cuotas"))
                    .contains("30 cuotas: la política admite hasta 24.");
            assertThat(text(driver, By.id("historyForm:history"))).contains("Sin convenios de pago.");

            // Then one beyond the soft limits, decided through the API while the supervisor's page is open.
            typeNumber(driver, "arrangementForm:instalments", "13");
            waitForText(driver, By.id("verdict"), "13 cuotas");
            Browser.clickAndWaitForPage(driver, By.id("arrangementForm:propose"));
            assertThat(text(driver, By.id("messages"))).contains("enviado a tu supervisor");

            logOut(driver);
            logIn(driver, fact("supervisor"));
            driver.get(url("/supervisor/approvals.xhtml"));
            var row = queueRow(driver, client);
            var id = http(
                            "GET",
                            "/api/v1/test-fixtures/workspace-negotiation/pending?account=" + fact("hard.account"),
                            ADMIN,
                            null)
                    .body();
            var byApi = http(
                    "POST",
                    "/api/v1/approvals/" + id + "/approve",
                    fact("supervisor") + ":" + fact("password"),
                    "{\"reason\":\"por teléfono\"}");
            assertThat(byApi.statusCode()).as(byApi.body()).isEqualTo(200);

            row.findElement(By.cssSelector(".ac-neg-approve")).click();
            assertThat(waitForText(driver, By.id("messages"), "Otra persona"))
                    .contains("Otra persona decidió o cambió este convenio mientras tanto. Recarga la página");
            browser.screenshot("approvals-conflict-es");
            Browser.clickAndWait(driver, By.id("reload"));
            assertThat(text(driver, By.id("queueForm:queue"))).doesNotContain(client);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void logIn(WebDriver driver, String username) throws Exception {
        Browser.logIn(driver, url("/login.xhtml"), username, fact("password"));
    }

    private static void logOut(WebDriver driver) {
        Browser.clickAndWait(driver, By.id("logout:logoutButton"));
    }

    private void openCase(WebDriver driver, String client) {
        driver.get(url("/agent/worklist.xhtml"));
        Browser.clickAndWait(driver, By.linkText(client));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("negotiation")));
    }

    private static WebElement queueRow(WebDriver driver, String client) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='queueForm:queue_data'] > tr")).stream()
                        .filter(row -> row.getText().contains(client))
                        .findFirst()
                        .orElse(null));
    }

    /** A PrimeFaces number input: select what is there, type, leave the field (its change event). */
    private static void typeNumber(WebDriver driver, String id, String value) {
        var input = driver.findElement(By.id(id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    private static String verdict(WebDriver driver) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")))
                .getAttribute("data-verdict");
    }

    private static void waitForInstalments(WebDriver driver, int count) {
        new WebDriverWait(driver, WAIT)
                .until(d -> d.findElements(By.cssSelector(".ac-instalment")).size() == count);
    }

    private static List<BigDecimal> instalments(WebDriver driver) {
        return driver.findElements(By.cssSelector(".ac-instalment")).stream()
                .map(WebElement::getText)
                .map(WorkspaceNegotiationIT::money)
                .toList();
    }

    /** "NZD 1.234,56" (Spanish) → 1234.56. */
    private static BigDecimal money(String text) {
        var digits = text.replaceAll("[^0-9,.-]", "").replace(".", "").replace(",", ".");
        return new BigDecimal(digits);
    }

    private static String medium(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ES)
                .format(date);
    }

    /** Ajax replaces the element while we look: a stale one is looked up again. */
    private static String waitForText(WebDriver driver, By by, String part) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var found = d.findElements(by);
                    return !found.isEmpty() && found.get(0).getText().contains(part);
                });
        return driver.findElement(by).getText();
    }

    private static void scrollTo(WebDriver driver, By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(by));
    }

    private static String text(WebDriver driver, By by) {
        return driver.findElement(by).getText();
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword, String json)
            throws Exception {
        return Http.json(method, url(path), userAndPassword, Http.JSON_OR_TEXT, json);
    }
}

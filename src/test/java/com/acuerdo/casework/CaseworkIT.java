package com.acuerdo.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.WebSession;
import com.acuerdo.testing.Worklist;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The role homes and the row-level rule through the real pages and the API: the worklist paged in the
 * database, the case page, the supervisor's view, GET /accounts/{id}, refusals and escaping. The data
 * is a fresh scenario stored by {@link CaseworkFixtures} (test archive only), never the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkIT {

    private static final String ADMIN = "admin:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(CaseworkFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    /** Stored once for the class; the tests only read it. */
    private static Scenario scenario;

    record Scenario(Properties facts) {
        String get(String key) {
            return facts.getProperty(key);
        }

        List<String> names() {
            return Arrays.asList(get("clientNames").split("\\|"));
        }

        String login(String who) {
            return get(who) + ":" + get("password");
        }
    }

    private Scenario scenario() throws Exception {
        if (scenario == null) {
            var response = http("POST", "/api/v1/test-fixtures/casework", ADMIN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var facts = new Properties();
            facts.load(new StringReader(response.body()));
            scenario = new Scenario(facts);
        }
        return scenario;
    }

    // ---------------------------------------------------------------- worklist

    @Test
    void an_agent_sees_only_their_open_cases_by_priority_paged_in_the_database_in_both_languages() throws Exception {
        var s = scenario();
        var expected = s.names();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.get("agentA"), s.get("password"));
            assertThat(driver.getCurrentUrl()).endsWith("/agent/worklist.xhtml");
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Mi cartera");
            assertThat(text(driver, By.cssSelector(".ui-paginator-current"))).isEqualTo("1–10 de 25 casos");
            assertThat(driver.findElements(By.cssSelector(".ui-paginator-pages .ui-paginator-page")))
                    .hasSize(3);
            assertThat(Worklist.clientNames(driver)).containsExactlyElementsOf(expected.subList(0, 10));
            assertNoAlert(driver);
            browser.screenshot("worklist-es");

            nextPage(driver);
            assertThat(Worklist.clientNames(driver)).containsExactlyElementsOf(expected.subList(10, 20));
            nextPage(driver);
            assertThat(Worklist.clientNames(driver)).containsExactlyElementsOf(expected.subList(20, 25));
            assertThat(driver.getPageSource()).doesNotContain(s.get("nameB"));

            Browser.clickAndWait(driver, By.id("lang:en"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("My worklist");
            assertThat(headers(driver))
                    .startsWith(
                            "PRIORITY",
                            "CLIENT",
                            "DELINQUENCY BUCKET",
                            "DAYS PAST DUE",
                            "BALANCE",
                            "OBJECTIVE",
                            "FOLLOW-UP");
            // The same view in the other language stays on its page; a fresh visit starts at the top.
            assertThat(text(driver, By.cssSelector(".ui-paginator-current"))).isEqualTo("21–25 of 25 cases");
            driver.get(url("/agent/worklist.xhtml"));
            assertThat(text(driver, By.cssSelector(".ui-paginator-current"))).isEqualTo("1–10 of 25 cases");
            browser.screenshot("worklist-en");
            Browser.clickAndWait(driver, By.id("lang:es"));
            assertThat(headers(driver)).startsWith("PRIORIDAD", "CLIENTE", "TRAMO DE MORA", "DÍAS DE ATRASO", "SALDO");
        }
    }

    @Test
    void a_client_name_with_markup_renders_as_text_on_the_worklist_and_the_case_page() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.get("agentA"), s.get("password"));
            assertThat(Worklist.clientNames(driver)).contains(CaseworkFixtures.SCRIPT_NAME);
            assertThat(driver.getPageSource()).contains("&lt;script&gt;alert").doesNotContain("<script>alert");
            assertNoAlert(driver);

            Browser.clickAndWait(driver, By.linkText(CaseworkFixtures.SCRIPT_NAME));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo(CaseworkFixtures.SCRIPT_NAME);
            assertThat(driver.getPageSource()).doesNotContain("<script>alert").doesNotContain("<b>sin formato</b>");
            assertThat(driver.getTitle()).startsWith(CaseworkFixtures.SCRIPT_NAME);
            assertNoAlert(driver);
        }
    }

    // ---------------------------------------------------------------- case page

    @Test
    void the_agent_opens_a_case_and_reads_client_accounts_reasons_contacts_promises_and_restrictions()
            throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.get("agentA"), s.get("password"));
            Browser.clickAndWait(driver, By.linkText(CaseworkFixtures.SCRIPT_NAME));
            assertThat(driver.getCurrentUrl()).contains("/agent/case.xhtml?id=" + s.get("scriptCaseId"));

            assertThat(text(driver, By.id("caseFacts"))).startsWith("Caso n.º " + s.get("scriptCaseId"));
            assertThat(text(driver, By.id("bucket"))).isEqualTo("1–29 días");
            assertThat(text(driver, By.id("objective"))).isEqualToIgnoringCase("Recordar");
            assertThat(driver.findElements(By.id("readOnly"))).isEmpty(); // the workspace records now
            var client = text(driver, By.id("client"));
            assertThat(client).contains("America/Mexico_City", "Español", "México", "+525512345678", "acepta SMS");
            assertThat(text(driver, By.id("clientTime"))).matches("(?s).*\\d{1,2}:\\d{2}.*");
            assertThat(text(driver, By.id("priorityScore"))).isEqualTo("100");
            assertThat(text(driver, By.id("priorityParts"))).contains("Días de atraso", "90", "Saldo", "10");
            var accounts = text(driver, By.id("accounts"));
            assertThat(accounts).contains(s.get("scriptAccountId"), "Tarjeta de crédito", "MXN 1.250,50", "10");
            var restrictions = text(driver, By.id("restrictions"));
            assertThat(restrictions).contains("No llamar").doesNotContain("No enviar SMS");
            assertThat(text(driver, By.id("contacts")))
                    .contains("Llamada · saliente", "Habló con el titular", "Pérdida de ingresos", "Acordó pagar");
            assertThat(text(driver, By.id("promises"))).contains("MXN 400,00", "Vigente");
            assertThat(text(driver, By.id("historyForm:history"))).contains("Sin convenios de pago.");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1900));
            browser.screenshot("case-es");

            Browser.clickAndWait(driver, By.id("lang:en"));
            assertThat(text(driver, By.id("accounts"))).contains("MXN 1,250.50", "Credit card");
            assertThat(text(driver, By.id("contacts"))).contains("Call · outbound");
            browser.screenshot("case-en");
        }
    }

    // ---------------------------------------------------------------- row-level rule

    @Test
    void an_agent_is_refused_another_agents_case_and_account_and_the_refusals_are_audited() throws Exception {
        var s = scenario();
        var page = new WebSession(base);
        page.signIn(s.get("agentA"), s.get("password"));
        assertThat(page.get("/agent/case.xhtml?id=" + s.get("scriptCaseId")).statusCode())
                .isEqualTo(200);
        var refused = page.get("/agent/case.xhtml?id=" + s.get("caseB"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Acceso no permitido").doesNotContain(s.get("nameB"));
        var unknown = page.get("/agent/case.xhtml?id=987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Página no encontrada");

        var foreign = http("GET", "/api/v1/accounts/" + s.get("accountB"), s.login("agentA"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(foreign.body()).contains("\"error\":\"forbidden\"").doesNotContain("777");
        var own = http("GET", "/api/v1/accounts/" + s.get("scriptAccountId"), s.login("agentA"));
        assertThat(own.statusCode()).isEqualTo(200);

        var admin = new WebSession(base);
        admin.signIn("admin", "Demo.2026");
        var audit = admin.get("/admin/audit.xhtml").body();
        assertThat(audit)
                .containsPattern(s.get("agentA") + "[\\s\\S]{0,400}ACCESS_DENIED[\\s\\S]{0,400}CASE " + s.get("caseB"));
        assertThat(audit).contains("ACCOUNT " + s.get("accountB"));
    }

    @Test
    void the_supervisor_of_the_team_sees_its_cases_and_its_overview_but_not_another_teams_case() throws Exception {
        var s = scenario();
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.get("supervisorA"), s.get("password"));
            assertThat(driver.getCurrentUrl()).endsWith("/supervisor/team.xhtml");
            var team = text(driver, By.cssSelector(".ac-team"));
            assertThat(team).contains("25 casos abiertos", "Ana Asesora", "MXN");
            assertThat(driver.getPageSource()).doesNotContain("Beto Asesor");
            browser.screenshot("team-es");

            driver.get(url("/agent/worklist.xhtml"));
            assertThat(text(driver, By.cssSelector(".ui-paginator-current"))).isEqualTo("1–10 de 25 casos");
            assertThat(Worklist.clientNames(driver))
                    .containsExactlyElementsOf(s.names().subList(0, 10));
            driver.get(url("/agent/case.xhtml?id=" + s.get("scriptCaseId")));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo(CaseworkFixtures.SCRIPT_NAME);
            driver.get(url("/agent/case.xhtml?id=" + s.get("caseB")));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Acceso no permitido");
        }
        assertThat(http("GET", "/api/v1/accounts/" + s.get("scriptAccountId"), s.login("supervisorA"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http("GET", "/api/v1/accounts/" + s.get("accountB"), s.login("supervisorA"))
                        .statusCode())
                .isEqualTo(403);
    }

    // ---------------------------------------------------------------- REST contract

    @Test
    void an_admin_reads_every_contract_field_of_an_account() throws Exception {
        var s = scenario();
        var response = http("GET", "/api/v1/accounts/" + s.get("scriptAccountId"), ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var json = response.body();
        var today = java.time.LocalDate.parse(s.get("businessDate"));
        assertThat(json)
                .contains("\"accountId\":\"" + s.get("scriptAccountId") + "\"")
                .contains("\"customerId\":\"" + s.get("scriptCustomerId") + "\"")
                .contains("\"balance\":\"1250.50\"")
                .contains("\"currency\":\"MXN\"")
                .contains("\"daysPastDue\":10")
                .contains("\"bucket\":\"DPD_1_29\"")
                .contains("\"caseId\":" + s.get("scriptCaseId"))
                .contains("\"objective\":\"REMIND\"")
                .contains("\"assignedAgent\":\"" + s.get("agentA") + "\"")
                .containsPattern("\"restrictions\":\\[\\{[^]]*\"type\":\"NO_CALL\"[^]]*\\}\\]")
                .contains("\"from\":\"" + today.minusDays(1) + "\"")
                .contains("\"until\":\"" + today.plusDays(10) + "\"")
                .doesNotContain("NO_SMS");
        assertThat(s.get("scriptDaysPastDue")).isEqualTo("10");

        var other = http("GET", "/api/v1/accounts/" + s.get("accountB"), ADMIN);
        assertThat(other.body())
                .contains("\"balance\":\"1027.50\"", "\"bucket\":\"DPD_30_59\"", "\"objective\":\"IDENTIFY_BARRIERS\"")
                .contains("\"assignedAgent\":\"" + s.get("agentB") + "\"", "\"restrictions\":[]");
    }

    @Test
    void an_unknown_account_is_a_404_json_error_and_the_call_is_in_the_openapi_document() throws Exception {
        var unknown = http("GET", "/api/v1/accounts/NO-SUCH-ACCOUNT", ADMIN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(unknown.body()).contains("\"error\":\"not-found\"").contains("NO-SUCH-ACCOUNT");

        var openapi = Http.call("GET", Http.root(base) + "/openapi", null, null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/accounts/{accountId}").contains("assignedAgent");
    }

    // ---------------------------------------------------------------- helpers

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    /** The paginator pages by ajax: wait until the first row is another one. */
    private static void nextPage(WebDriver driver) {
        var first = driver.findElement(By.cssSelector("[id='wl:cases_data'] tr"));
        driver.findElement(By.cssSelector(".ui-paginator-next")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(Browser.replaced(first));
    }

    private static List<String> headers(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='wl:cases'] thead th")).stream()
                .map(th -> th.getText().trim().toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private static String text(WebDriver driver, By by) {
        return driver.findElement(by).getText();
    }

    private static void assertNoAlert(WebDriver driver) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // the name was shown as text
        }
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword) throws Exception {
        return Http.call(method, url(path), userAndPassword, Http.JSON_OR_TEXT);
    }

    /** Form login over HTTP, to see the real status codes of pages. */
}

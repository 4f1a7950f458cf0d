package com.acuerdo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The results dashboard on a small known portfolio of its own fresh team ({@link DashboardFixtures}:
 * 8 accounts of agents Ana and Beto, bucket moves, payments, contacts, promises, refusals, today's
 * snapshot). Every expected figure below is worked out by hand from that portfolio; then a supervisor
 * reads the roll-rate matrix in the browser, drills into a cell and exports its cases as CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final String ADMIN = "admin:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(DashboardFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    private static Properties facts;

    private Properties facts() throws Exception {
        if (facts == null) {
            facts = Http.facts(http("POST", "/api/v1/test-fixtures/dashboard", ADMIN));
        }
        return facts;
    }

    private String get(String key) throws Exception {
        var value = facts().getProperty(key);
        assertThat(value).as("fact " + key).isNotNull();
        return value;
    }

    // ---------------------------------------------------------------- the figures

    @Test
    void the_roll_matrix_cure_rate_and_containment_come_from_the_bucket_moves() throws Exception {
        // On D−30 → D: acc1, acc8 1–29 → current; acc2, acc4 1–29 → 30–59; acc3, acc7 stay in 1–29;
        // acc5 (no move) 60–89; acc6 current throughout.
        assertThat(get("roll.DPD_1_29.CURRENT")).isEqualTo("2");
        assertThat(get("roll.DPD_1_29.DPD_30_59")).isEqualTo("2");
        assertThat(get("roll.DPD_1_29.DPD_1_29")).isEqualTo("2");
        assertThat(get("roll.DPD_60_89.DPD_60_89")).isEqualTo("1");
        assertThat(get("roll.CURRENT.CURRENT")).isEqualTo("1");
        assertThat(facts().stringPropertyNames().stream().filter(k -> k.startsWith("roll.")))
                .hasSize(5);
        assertThat(get("team.cureRate")).isEqualTo("28.6"); // 2 of 7 delinquent on D−30
        assertThat(get("team.containment")).isEqualTo("75"); // 6 of 8 did not roll forward
        assertThat(get("ana.cureRate")).isEqualTo("50");
        assertThat(get("ana.containment")).isEqualTo("66.7");
        assertThat(get("beto.cureRate")).isEqualTo("20");
        assertThat(get("beto.containment")).isEqualTo("80");
    }

    @Test
    void recovery_retention_and_credit_mobility() throws Exception {
        // Collected 300 (Ana) + 50 (Beto); still owed on bills due by D: 400 (Ana) + 150+500+600+250 (Beto).
        assertThat(get("team.collected")).isEqualTo("350");
        assertThat(get("team.due")).isEqualTo("2250");
        assertThat(get("team.recoveryPercent")).isEqualTo("15.6");
        assertThat(get("ana.recoveryPercent")).isEqualTo("42.9");
        assertThat(get("beto.recoveryPercent")).isEqualTo("3.2");
        // Cured 90–120 days ago: acc6 (still current), acc7 (delinquent again 60 days ago).
        assertThat(get("team.retentionPercent")).isEqualTo("50");
        assertThat(get("ana.retentionPercent")).isEqualTo("100");
        assertThat(get("beto.retentionPercent")).isEqualTo("0");
        // Cured in the period: acc1 (no restriction), acc8 (credit limit reduced).
        assertThat(get("team.cures")).isEqualTo("2");
        assertThat(get("team.mobile")).isEqualTo("1");
        assertThat(get("team.mobilityPercent")).isEqualTo("50");
    }

    @Test
    void promises_contacts_refusals_and_quality() throws Exception {
        assertThat(get("team.promisesMade")).isEqualTo("4");
        assertThat(get("team.keptPercent")).isEqualTo("33.3"); // 1 kept of 3 resolved (one still open)
        assertThat(get("team.brokenPercent")).isEqualTo("33.3");
        assertThat(get("team.promisedAmount")).isEqualTo("650");
        assertThat(get("team.promisePaidAmount")).isEqualTo("220");
        assertThat(get("ana.keptPercent")).isEqualTo("50");
        assertThat(get("beto.keptPercent")).isEqualTo("0");
        assertThat(get("team.arrangementsActive")).isEqualTo("0");
        // 5 outbound attempts (3 right party), 6 contacts on 4 agent-days; in the period 2 guard refusals
        // (Ana's call, Beto's message) and 1 tone refusal (Beto's message), told apart by their type.
        assertThat(get("team.attempts")).isEqualTo("5");
        assertThat(get("team.rightPartyPercent")).isEqualTo("60");
        assertThat(get("team.contactsPerAgentDay")).isEqualTo("1.5");
        assertThat(get("team.refusedPercent")).isEqualTo("28.6"); // 2 of 5 + 2
        assertThat(get("ana.attempts")).isEqualTo("3");
        assertThat(get("ana.rightPartyPercent")).isEqualTo("66.7");
        assertThat(get("ana.contactsPerAgentDay")).isEqualTo("2");
        assertThat(get("ana.refusedPercent")).isEqualTo("25");
        assertThat(get("beto.refusedPercent")).isEqualTo("33.3"); // 1 of 2 + 1
        assertThat(get("team.toneRefusals")).isEqualTo("1");
        assertThat(get("beto.toneRefusals")).isEqualTo("1");
        assertThat(get("team.averageScore")).isEqualTo("null"); // no reviews
        assertThat(get("team.disputes")).isEqualTo("0");
    }

    @Test
    void the_portfolio_snapshot_by_bucket_and_the_agents_ranks() throws Exception {
        assertThat(get("snapshotOn")).isEqualTo(get("to"));
        assertThat(get("portfolio.CURRENT")).isEqualTo("3/280");
        assertThat(get("portfolio.DPD_1_29")).isEqualTo("2/400");
        assertThat(get("portfolio.DPD_30_59")).isEqualTo("2/900");
        assertThat(get("portfolio.DPD_60_89")).isEqualTo("1/600");
        assertThat(get("portfolio.DPD_90_119")).isEqualTo("0/0");
        assertThat(get("trendPoints")).isEqualTo("4");
        assertThat(get("team.accounts")).isEqualTo("8");
        assertThat(get("ana.accounts")).isEqualTo("3");
        assertThat(get("ana.balance")).isEqualTo("600");
        // Ana leads on recovery, cure, kept and right party; Beto on containment: mean ranks 1.2 and 1.8.
        assertThat(get("ana.rank")).isEqualTo("1");
        assertThat(get("beto.rank")).isEqualTo("2");
        assertThat(get("beto.rank.recovery")).isEqualTo("2");
        assertThat(facts().getProperty("none.attempts"))
                .as("no figure without an agent")
                .isNull();
    }

    @Test
    void filters_by_agent_and_product_and_an_empty_period() throws Exception {
        assertThat(get("onlyAna.recoveryPercent")).isEqualTo("42.9");
        assertThat(get("onlyAna.attempts")).isEqualTo("3");
        assertThat(get("onlyAna.cureRate")).isEqualTo("50");
        assertThat(get("onlyAna.accounts")).isEqualTo("3");
        // Personal loans: acc5 only (60–89, owes 600, no contact on it).
        assertThat(get("loans.rollTotal")).isEqualTo("1");
        assertThat(get("loans.accounts")).isEqualTo("1");
        assertThat(get("loans.balance")).isEqualTo("600");
        assertThat(get("loans.recoveryPercent")).isEqualTo("0");
        assertThat(get("loans.attempts")).isEqualTo("0");
        // By product the refusals too: the guard's refusal of a message on the loan's case (1 of 0 + 1),
        // not the tone refusal on a card's case nor the refused call on a card account.
        assertThat(get("loans.refusedPercent")).isEqualTo("100");
        assertThat(get("loans.toneRefusals")).isEqualTo("0");
        assertThat(get("loans.rightPartyPercent")).isEqualTo("null");
        // A period with no activity: counts of zero, shares unknown.
        assertThat(get("future.promisesMade")).isEqualTo("0");
        assertThat(get("future.keptPercent")).isEqualTo("null");
        assertThat(get("future.attempts")).isEqualTo("0");
        assertThat(get("future.contactsPerAgentDay")).isEqualTo("null");
        assertThat(get("future.collected")).isEqualTo("0");
        assertThat(get("future.retentionPercent")).isEqualTo("null");
    }

    @Test
    void the_drill_down_pages_the_cases_behind_a_cell() throws Exception {
        assertThat(get("drill.count")).isEqualTo("2");
        assertThat(get("drill.clients")).isEqualTo(get("client2") + "|" + get("client4"));
        assertThat(get("drill.page2")).isEqualTo("1");
        // The portfolio's 1–29 bucket today: acc3 and acc7.
        assertThat(get("drill.bucket.count")).isEqualTo("2");
        assertThat(get("drill.bucket.clients")).isEqualTo(get("client3") + "|" + get("client7"));
    }

    @Test
    void the_nightly_day_facts_give_the_same_figures_as_the_live_pass_also_after_a_move_today() throws Exception {
        assertThat(get("facts.rows")).isEqualTo("16"); // 8 accounts on D−30 and on D
        assertThat(get("facts.agree")).isEqualTo("true");
        assertThat(get("facts.loansAgree")).isEqualTo("true");
        // acc3 moved 1–29 → 30–59 today, after the facts of today were taken: counted, as live.
        assertThat(get("today.roll.DPD_1_29.DPD_30_59")).isEqualTo("3");
        assertThat(get("today.agree")).isEqualTo("true");
    }

    // ---------------------------------------------------------------- the page

    @Test
    void a_supervisor_reads_the_roll_matrix_drills_into_a_cell_and_exports_its_cases() throws Exception {
        var supervisor = get("supervisor");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/login.xhtml"));
            driver.findElement(By.id("login:username")).sendKeys(supervisor);
            driver.findElement(By.id("login:password")).sendKeys(get("password"));
            Browser.clickAndWait(driver, By.id("login:submit"));
            assertThat(driver.findElements(By.cssSelector("#menu a[href$='/supervisor/dashboard.xhtml']")))
                    .as("the menu leads to the dashboard")
                    .hasSize(1);
            driver.get(url("/supervisor/dashboard.xhtml"));
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rollMatrix")));
            assertThat(driver.getCurrentUrl()).contains("/supervisor/dashboard.xhtml");
            assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Resultados del equipo");
            assertThat(driver.findElement(By.id("kpi-recovery")).getText()).isEqualTo("15.6 %");
            assertThat(driver.findElement(By.id("kpi-containment")).getText()).isEqualTo("75.0 %");
            assertThat(cell(driver, "DPD_1_29", "CURRENT").getText()).isEqualTo("2");
            assertThat(cell(driver, "DPD_1_29", "DPD_30_59").getText()).isEqualTo("2");
            assertThat(cell(driver, "DPD_60_89", "DPD_60_89").getText()).isEqualTo("1");
            assertThat(cell(driver, "CURRENT", "DPD_1_29").getText()).isEqualTo("0");
            browser.screenshot("dashboard-es");

            cell(driver, "DPD_1_29", "DPD_30_59").click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drillTitle")));
            wait.until(d -> clients(d).size() == 2);
            assertThat(clients(driver)).containsExactly(get("client2"), get("client4"));
            var caseLinks = driver.findElements(By.cssSelector("[id='dash:drillTable_data'] a.ac-dash-case"));
            assertThat(caseLinks)
                    .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/agent/case.xhtml?id="));
            browser.screenshot("dashboard-drill");

            // The CSV export of the drill-down, fetched by the page's own form post (same session).
            var csv = (String) ((JavascriptExecutor) driver)
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "var form = document.getElementById('dash');"
                            + "var data = new URLSearchParams(new FormData(form));"
                            + "data.append('dash:drillCsv', '');"
                            + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                            + ".then(r => r.text()).then(done, e => done('ERROR ' + e));");
            var lines = csv.strip().lines().toList();
            assertThat(lines).as(csv).hasSize(3);
            assertThat(lines.get(0)).contains("Caso").contains("Cliente");
            assertThat(lines.get(1)).contains(get("client2"));
            assertThat(lines.get(2)).contains(get("client4"));

            // The Excel export of the same cases: an .xlsx (a zip: "PK") of some size.
            var xlsx = (String) ((JavascriptExecutor) driver)
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "var form = document.getElementById('dash');"
                            + "var data = new URLSearchParams(new FormData(form));"
                            + "data.append('dash:drillXlsx', '');"
                            + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                            + ".then(r => r.arrayBuffer()).then(b => { var v = new Uint8Array(b);"
                            + " done(String.fromCharCode(v[0], v[1]) + ':' + v.length); }, e => done('ERROR ' + e));");
            assertThat(xlsx).startsWith("PK:");
            assertThat(Integer.parseInt(xlsx.substring(3))).isGreaterThan(1000);

            // Open the first case from the drill-down.
            driver.get(
                    caseLinks.isEmpty()
                            ? url("/")
                            : driver.findElements(By.cssSelector("[id='dash:drillTable_data'] a.ac-dash-case"))
                                    .get(0)
                                    .getAttribute("href"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clientName")));
            assertThat(driver.findElement(By.id("clientName")).getText()).contains(get("client2"));
        }
    }

    private static WebElement cell(WebDriver driver, String from, String to) {
        return driver.findElement(By.cssSelector("#rollMatrix a[data-from='" + from + "'][data-to='" + to + "']"));
    }

    private static List<String> clients(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='dash:drillTable_data'] tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private HttpResponse<String> http(String method, String path, String userAndPassword) throws Exception {
        return Http.call(method, url(path), userAndPassword, Http.TEXT);
    }
}

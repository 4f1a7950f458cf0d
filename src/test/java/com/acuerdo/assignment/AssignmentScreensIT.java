package com.acuerdo.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.operations.FailsOnceBatchlet;
import com.acuerdo.operations.LostExecutionFixtures;
import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The assignment-rules page in the browser (capacity and skills have their flow in {@link
 * AssignmentIT}): a supervisor sets what the team takes and records an agent's vacation, the night
 * over the team's own clients covers the absent agent's cases and the supervisor finds them with the
 * teammate; an admin changes the balance spread (refused out of range) and puts it back. And, sharing
 * this class's server, IT's jobs page: an execution whose server was lost is restarted from the page
 * and completes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentScreensIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String FIXTURES = "api/v1/test-fixtures/assignment-screens/";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo()
                .addClasses(
                        AssignmentScreensFixtures.class,
                        AssignmentFixtures.class,
                        Portfolio.class,
                        LostExecutionFixtures.class,
                        FailsOnceBatchlet.class)
                .addAsResource("operations/test-lost.xml", "META-INF/batch-jobs/test-lost.xml");
    }

    @ArquillianResource
    URL base;

    @Test
    void a_supervisor_sets_the_teams_rules_records_a_vacation_and_finds_the_cases_with_the_teammate_after_the_night()
            throws Exception {
        var s = facts("POST", FIXTURES + "scenario");
        try {
            setsRulesAndVacation(s);
        } finally {
            text("POST", FIXTURES + "team/" + s.getProperty("teamId") + "/retire");
        }
    }

    private void setsRulesAndVacation(Properties s) throws Exception {
        var today = LocalDate.parse(s.getProperty("today"));
        var names = Arrays.asList(s.getProperty("names").split("\\|"));
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, s.getProperty("supervisor"), s.getProperty("password"));
            d.get(url("/supervisor/assignment-rules.xhtml"));
            // Only the supervisor's own team and agents are offered.
            assertThat(new Select(d.findElement(By.id("rules:team"))).getOptions())
                    .extracting(WebElement::getText)
                    .containsExactly(s.getProperty("teamName"));
            assertThat(new Select(d.findElement(By.id("rules:agent"))).getOptions())
                    .hasSize(2);
            assertThat(d.findElements(By.id("rules:saveSpread")))
                    .as("only an admin sets the spread")
                    .isEmpty();
            assertThat(d.findElement(By.id("rules:spread")).isEnabled()).isFalse();

            // The team takes English-speaking mortgage clients 30–59 days late.
            d.findElement(By.cssSelector("input[name='rules:teamProducts'][value='MORTGAGE']"))
                    .click();
            d.findElement(By.cssSelector("input[name='rules:teamBuckets'][value='DPD_30_59']"))
                    .click();
            d.findElement(By.cssSelector("input[name='rules:teamLanguages'][value='EN']"))
                    .click();
            d.findElement(By.id("rules:saveTeam")).click();
            Forms.waitForText(d, By.id("messages"), "Reglas guardadas.");
            d.get(url("/supervisor/assignment-rules.xhtml"));
            assertThat(d.findElement(By.cssSelector("input[name='rules:teamProducts'][value='MORTGAGE']"))
                            .isSelected())
                    .as("stored")
                    .isTrue();

            // Ana's vacation: first an end before the start (refused), then tomorrow to the day after.
            var agent = new Select(d.findElement(By.id("rules:agent")));
            if (!agent.getFirstSelectedOption().getAttribute("value").equals(s.getProperty("agentAId"))) {
                var capacity = d.findElement(By.id("rules:capacity"));
                agent.selectByValue(s.getProperty("agentAId"));
                new WebDriverWait(d, WAIT).until(Browser.replaced(capacity));
            }
            new Select(d.findElement(By.id("rules:kind"))).selectByValue("VACATION");
            typeNativeDate(d, "rules:from", today.plusDays(2));
            typeNativeDate(d, "rules:until", today.plusDays(1));
            d.findElement(By.id("rules:recordAbsence")).click();
            Forms.waitForText(d, By.id("messages"), "el final no puede ser anterior al inicio");

            typeNativeDate(d, "rules:from", today.plusDays(1));
            typeNativeDate(d, "rules:until", today.plusDays(2));
            d.findElement(By.id("rules:note")).sendKeys("Vacaciones de verano");
            d.findElement(By.id("rules:recordAbsence")).click();
            Forms.waitForText(d, By.id("messages"), "Reglas guardadas.");
            Forms.waitForText(d, By.id("absences"), "VACATION " + today.plusDays(1) + " – " + today.plusDays(2));
            browser.screenshot("assignment-rules-absence");

            // Ana's schedule: a shift that ends before it starts is refused; Monday to Thursday 09:00–18:00 is kept.
            setTime(d, "rules:shiftStart", "18:00");
            setTime(d, "rules:shiftEnd", "09:00");
            d.findElement(By.id("rules:saveAgent")).click();
            Forms.waitForText(d, By.id("messages"), "un turno que termine después de empezar");
            d.findElement(By.cssSelector("input[name='rules:workingDays'][value='FRIDAY']"))
                    .click();
            setTime(d, "rules:shiftStart", "09:00");
            setTime(d, "rules:shiftEnd", "18:00");
            d.findElement(By.id("rules:saveAgent")).click();
            Forms.waitForText(d, By.id("messages"), "Reglas guardadas.");
            assertThat(d.findElement(By.cssSelector("input[name='rules:workingDays'][value='FRIDAY']"))
                            .isSelected())
                    .isFalse();
            assertThat(d.findElement(By.id("rules:shiftStart")).getAttribute("value"))
                    .isEqualTo("09:00");
        }
        assertThat(facts("GET", "api/v1/test-fixtures/assignment/agent/" + s.getProperty("agentAId")))
                .containsEntry("workingDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY")
                .containsEntry("shift", "09:00-18:00");
        assertThat(text("GET", FIXTURES + "audit?type=AGENT&id=" + s.getProperty("agentAId")))
                .contains("schedule [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY] 08:00–17:00 -> [MONDAY, TUESDAY,"
                        + " WEDNESDAY, THURSDAY] 09:00–18:00");
        assertThat(facts("GET", FIXTURES + "team/" + s.getProperty("teamId")))
                .containsEntry("products", "MORTGAGE")
                .containsEntry("buckets", "DPD_30_59")
                .containsEntry("languages", "EN");
        assertThat(text("GET", FIXTURES + "audit?type=TEAM&id=" + s.getProperty("teamId")))
                .startsWith("ASSIGNMENT_RULES_CHANGED|" + s.getProperty("supervisor")
                        + "|takes products [MORTGAGE], buckets [DPD_30_59], languages [EN]");
        assertThat(text("GET", FIXTURES + "audit?type=AGENT&id=" + s.getProperty("agentAId")))
                .contains("ASSIGNMENT_RULES_CHANGED|" + s.getProperty("supervisor") + "|absence VACATION "
                        + today.plusDays(1) + " – " + today.plusDays(2));

        // The night of the first day (over the team's own clients) hands Ana's cases to Beto.
        var night = facts(
                "POST",
                "api/v1/test-fixtures/assignment/night?date=" + today.plusDays(1) + "&first=" + s.getProperty("first")
                        + "&last=" + s.getProperty("last"));
        assertThat(night.getProperty("covered")).isEqualTo("3");
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, s.getProperty("supervisor"), s.getProperty("password"));
            d.get(url("/supervisor/cases.xhtml"));
            var firstRow = d.findElement(By.cssSelector("[id='cases:table_data'] tr"));
            new Select(d.findElement(By.id("cases:agent"))).selectByValue(s.getProperty("agentBId"));
            d.findElement(By.id("cases:apply")).click();
            var wait = new WebDriverWait(d, WAIT).ignoring(StaleElementReferenceException.class);
            wait.until(Browser.replaced(firstRow));
            wait.until(x -> x.findElements(By.cssSelector("[id='cases:table_data'] a.case-link"))
                            .size()
                    == 3);
            assertThat(d.findElements(By.cssSelector("[id='cases:table_data'] a.case-link")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(names);
            browser.screenshot("assignment-covered-cases");
        }
        for (var id : s.getProperty("cases").split(",")) {
            assertThat(facts("GET", "api/v1/test-fixtures/assignment/case/" + id)
                            .getProperty("event"))
                    .startsWith("CASE_COVERED|system|from agent " + s.getProperty("agentAId"))
                    .contains("to agent " + s.getProperty("agentBId"));
        }
    }

    @Test
    void an_admin_changes_the_balance_spread_is_refused_one_out_of_range_and_puts_it_back() throws Exception {
        int before = Integer.parseInt(text("GET", FIXTURES + "spread").strip());
        int changed = before == 37 ? 38 : 37;
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/supervisor/assignment-rules.xhtml"));
            assertThat(d.findElement(By.id("rules:spread")).getAttribute("value"))
                    .isEqualTo(String.valueOf(before));

            retype(d, "rules:spread", "150");
            d.findElement(By.id("rules:saveSpread")).click();
            Forms.waitForText(d, By.id("messages"), "El margen es un porcentaje entre 0 y 100.");
            assertThat(text("GET", FIXTURES + "spread").strip()).isEqualTo(String.valueOf(before));

            retype(d, "rules:spread", String.valueOf(changed));
            d.findElement(By.id("rules:saveSpread")).click();
            Forms.waitForText(d, By.id("messages"), "Reglas guardadas.");
            d.get(url("/supervisor/assignment-rules.xhtml"));
            assertThat(d.findElement(By.id("rules:spread")).getAttribute("value"))
                    .isEqualTo(String.valueOf(changed));
            assertThat(text("GET", FIXTURES + "audit?type=ASSIGNMENT_SETTING&id=1"))
                    .startsWith("ASSIGNMENT_RULES_CHANGED|admin|balance spread " + before + "% -> " + changed + "%");

            retype(d, "rules:spread", String.valueOf(before));
            d.findElement(By.id("rules:saveSpread")).click();
            Forms.waitForText(d, By.id("messages"), "Reglas guardadas.");
            browser.screenshot("assignment-spread");
        } finally {
            // Global: whatever happened above, the suite goes on with the spread it had.
            assertThat(text("POST", FIXTURES + "spread", "percent=" + before).strip())
                    .isEqualTo(String.valueOf(before));
        }
    }

    // ---------------------------------------------------------------- the jobs page

    @Test
    void an_admin_restarts_an_execution_whose_server_was_lost_and_watches_it_complete() throws Exception {
        var lost = facts("POST", "api/v1/test-fixtures/lost-execution");
        var execution = lost.getProperty("execution");
        try (var browser = Browser.open()) {
            var d = browser.driver();
            logIn(d, "admin", "Demo.2026");
            d.get(url("/admin/jobs.xhtml"));
            var row = By.cssSelector("[id='ops:executions_data'] tr.ac-execution-" + execution);
            var shown = Forms.waitForText(d, row, "Servidor perdido");
            assertThat(shown).contains("test-lost", "STARTED");
            browser.screenshot("jobs-server-lost");

            d.findElement(row)
                    .findElement(By.cssSelector("button[id$=':restart']"))
                    .click();
            // "Ejecución E reiniciada como ejecución N; …"
            var message = Forms.waitForText(d, By.id("messages"), "reiniciada como ejecución");
            var matcher = Pattern.compile("Ejecución " + execution + " reiniciada como ejecución (\\d+)")
                    .matcher(message);
            assertThat(matcher.find()).as(message).isTrue();
            var restarted = By.cssSelector("[id='ops:executions_data'] tr.ac-execution-" + matcher.group(1));
            // The page polls while something runs; the new execution ends COMPLETED.
            new WebDriverWait(d, Duration.ofSeconds(120))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "execution " + matcher.group(1) + " completed")
                    .until(x -> {
                        var found = x.findElements(restarted);
                        if (found.isEmpty() || !found.get(0).getText().contains("COMPLETED")) {
                            x.navigate().refresh();
                            return false;
                        }
                        return true;
                    });
            assertThat(d.findElement(restarted).getText()).contains("test-lost", "COMPLETED");
            // The lost execution was superseded by its restart: it offers no second restart.
            assertThat(d.findElement(row).findElements(By.cssSelector("button[id$=':restart']")))
                    .isEmpty();
            browser.screenshot("jobs-restarted");
        } finally {
            text(
                    "POST",
                    "api/v1/test-fixtures/lost-execution/settle",
                    "execution=" + execution + "&instance=" + lost.getProperty("instance"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A native date field, typed as a user of a Spanish browser does (day, month, year); should the
     * browser order the parts otherwise, its value is set as the picker would.
     */
    private static void typeNativeDate(WebDriver driver, String id, LocalDate date) {
        var input = driver.findElement(By.id(id));
        input.sendKeys(DateTimeFormatter.ofPattern("ddMMyyyy").format(date));
        if (!date.toString().equals(input.getAttribute("value"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
        }
    }

    /** A native time field, set as its picker would (typing into it depends on the browser's locale). */
    private static void setTime(WebDriver driver, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private static void retype(WebDriver driver, String id, String value) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private Properties facts(String method, String path) throws Exception {
        return Http.properties(text(method, path));
    }

    private String text(String method, String path) throws Exception {
        return text(method, path, null);
    }

    private String text(String method, String path, String form) throws Exception {
        var response = Http.send(
                method, base + path, ADMIN, Http.TEXT, form == null ? null : "application/x-www-form-urlencoded", form);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    private String url(String path) {
        return Http.url(base, path);
    }
}

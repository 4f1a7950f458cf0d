package com.acuerdo.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Case assignment end to end (issue 6): the service assigns new and orphaned cases and keeps a
 * returning client's agent; an absence moves the agent's cases to a teammate and back the day after;
 * every move is audited; a supervisor bulk-reassigns on the screen with a reason, the receiving agent
 * sees the cases and the previous one is refused. Each scenario stores its own team, agents and clients
 * and runs the night over its own clients only (dates passed in, the business date never moves).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentIT {

    private static final String ADMIN = "admin:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(AssignmentFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void the_night_assigns_new_and_orphaned_cases_keeps_a_returning_clients_agent_and_audits_each() throws Exception {
        var s = facts("POST", "/api/v1/test-fixtures/assignment/service");
        var mine = List.of(s.getProperty("agentA"), s.getProperty("agentB"));

        var counts = night(s, s.getProperty("today"));
        assertThat(counts.getProperty("assigned")).isEqualTo("6");
        assertThat(counts.getProperty("unplaced")).isEqualTo("0");

        for (var id : s.getProperty("fresh").split(",")) {
            var kase = caseFacts(id);
            assertThat(kase.getProperty("agent")).isIn(mine);
            assertThat(kase.getProperty("team")).isEqualTo(s.getProperty("team"));
            assertThat(kase.getProperty("event"))
                    .startsWith("CASE_ASSIGNED|system|from nobody to agent ")
                    .endsWith(": new case");
        }
        var fresh = Arrays.stream(s.getProperty("fresh").split(","))
                .map(id -> caseFactsUnchecked(id).getProperty("agent"))
                .toList();
        assertThat(fresh).as("four new cases spread over two agents").containsOnly(mine.toArray(String[]::new));
        assertThat(fresh.stream().filter(s.getProperty("agentA")::equals)).hasSize(2);

        var returning = caseFacts(s.getProperty("redelinquent"));
        assertThat(returning.getProperty("agent")).isEqualTo(s.getProperty("agentB"));
        assertThat(returning.getProperty("event")).endsWith("the client's previous agent (continuity)");

        var orphan = caseFacts(s.getProperty("orphan"));
        assertThat(orphan.getProperty("agent")).isIn(mine).isNotEqualTo(s.getProperty("agentC"));
        assertThat(orphan.getProperty("event"))
                .startsWith("CASE_ASSIGNED|system|from agent " + s.getProperty("agentC"))
                .contains("orphaned case");

        assertThat(night(s, s.getProperty("today")).getProperty("assigned"))
                .as("a second run finds nothing to do")
                .isEqualTo("0");
    }

    @Test
    void an_absence_moves_the_agents_cases_to_a_teammate_and_back_the_day_after_it_ends() throws Exception {
        var s = facts("POST", "/api/v1/test-fixtures/assignment/service");
        var today = LocalDate.parse(s.getProperty("today"));
        night(s, today.toString());
        var agentA = s.getProperty("agentA");
        var agentB = s.getProperty("agentB");
        var ofA = Arrays.stream(
                        (s.getProperty("fresh") + "," + s.getProperty("redelinquent") + "," + s.getProperty("orphan"))
                                .split(","))
                .filter(id -> agentA.equals(caseFactsUnchecked(id).getProperty("agent")))
                .toList();
        assertThat(ofA).isNotEmpty();

        var absence = http(
                "POST",
                "/api/v1/test-fixtures/assignment/absence?agent=" + agentA + "&from=" + today.plusDays(1) + "&until="
                        + today.plusDays(3));
        assertThat(absence.statusCode()).as(absence.body()).isEqualTo(200);

        assertThat(night(s, today.plusDays(1).toString()).getProperty("covered"))
                .isEqualTo(String.valueOf(ofA.size()));
        for (var id : ofA) {
            var kase = caseFacts(id);
            assertThat(kase.getProperty("agent")).isEqualTo(agentB);
            assertThat(kase.getProperty("event"))
                    .startsWith("CASE_COVERED|system|from agent " + agentA)
                    .contains("to agent " + agentB);
        }
        assertThat(night(s, today.plusDays(3).toString()).getProperty("returned"))
                .as("still absent on the last day")
                .isEqualTo("0");

        assertThat(night(s, today.plusDays(4).toString()).getProperty("returned"))
                .isEqualTo(String.valueOf(ofA.size()));
        for (var id : ofA) {
            var kase = caseFacts(id);
            assertThat(kase.getProperty("agent")).isEqualTo(agentA);
            assertThat(kase.getProperty("event"))
                    .startsWith("CASE_RETURNED|system|from agent " + agentB)
                    .endsWith("the agent is back from their absence");
        }
    }

    @Test
    void a_supervisor_filters_and_bulk_reassigns_with_a_reason_the_new_agent_sees_them_the_old_one_is_refused()
            throws Exception {
        var s = facts("POST", "/api/v1/test-fixtures/assignment/screen");
        var cases = s.getProperty("cases").split(",");
        var names = Arrays.asList(s.getProperty("names").split("\\|"));
        var reason = "Reparto por vacaciones " + s.getProperty("agentB");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(url("/supervisor/cases.xhtml"));
            assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Asignación de casos");
            new Select(driver.findElement(By.id("cases:agent"))).selectByValue(s.getProperty("agentAId"));
            var firstRow = driver.findElement(By.cssSelector("[id='cases:table_data'] tr"));
            driver.findElement(By.id("cases:apply")).click();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(Browser.replaced(firstRow));
            wait.until(d -> d.findElements(By.cssSelector("[id='cases:table_data'] a.case-link"))
                            .size()
                    == 3);
            assertThat(driver.findElements(By.cssSelector("[id='cases:table_data'] a.case-link")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(names);

            driver.findElement(By.cssSelector("[id='cases:table'] thead .ui-chkbox-box"))
                    .click();
            wait.until(d -> d.findElements(By.cssSelector("[id='cases:table_data'] tr.ui-state-highlight"))
                            .size()
                    == 3);
            new Select(driver.findElement(By.id("cases:target"))).selectByValue(s.getProperty("agentBId"));
            driver.findElement(By.id("cases:reason")).sendKeys(reason);
            driver.findElement(By.id("cases:reassign")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Casos reasignados: 3."));
            wait.until(d -> d.findElements(By.cssSelector("[id='cases:table_data'] a.case-link"))
                    .isEmpty());
        }

        for (var id : cases) {
            var kase = caseFacts(id);
            assertThat(kase.getProperty("agent")).isEqualTo(s.getProperty("agentBId"));
            assertThat(kase.getProperty("event"))
                    .isEqualTo("CASE_REASSIGNED|" + s.getProperty("supervisor") + "|from agent "
                            + s.getProperty("agentAId")
                            + " (team " + kase.getProperty("team") + ") to agent " + s.getProperty("agentBId")
                            + " (team "
                            + kase.getProperty("team") + "): " + reason);
        }

        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("agentB"), s.getProperty("password"));
            driver.get(url("/agent/worklist.xhtml"));
            var shown = driver.findElements(By.cssSelector("[id='wl:cases_data'] td.ac-col-client a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(names);
        }

        var previous = new WebSession(base);
        previous.signIn(s.getProperty("agentA"), s.getProperty("password"));
        assertThat(previous.get("/agent/case.xhtml?id=" + cases[0]).statusCode())
                .isEqualTo(403);
        var receiving = new WebSession(base);
        receiving.signIn(s.getProperty("agentB"), s.getProperty("password"));
        assertThat(receiving.get("/agent/case.xhtml?id=" + cases[0]).statusCode())
                .isEqualTo(200);

        // Single reassign from the case: the case page links to the table narrowed to that case.
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(url("/agent/case.xhtml?id=" + cases[1]));
            Browser.clickAndWaitForPage(driver, By.id("reassignCase"));
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(d -> d.findElements(By.cssSelector("[id='cases:table_data'] a.case-link"))
                            .size()
                    == 1);
            new Select(driver.findElement(By.id("cases:target"))).selectByValue(s.getProperty("agentAId"));
            driver.findElement(By.id("cases:reason")).sendKeys("Vuelve con su asesora");
            driver.findElement(By.cssSelector("[id='cases:table_data'] button[id$=':one']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Casos reasignados: 1."));
        }
        var back = caseFacts(cases[1]);
        assertThat(back.getProperty("agent")).isEqualTo(s.getProperty("agentAId"));
        assertThat(back.getProperty("event")).endsWith("): Vuelve con su asesora");
        assertThat(previous.get("/agent/case.xhtml?id=" + cases[1]).statusCode())
                .isEqualTo(200);
        assertThat(receiving.get("/agent/case.xhtml?id=" + cases[1]).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_supervisor_edits_an_agents_capacity_and_skills_and_the_change_is_audited() throws Exception {
        var s = facts("POST", "/api/v1/test-fixtures/assignment/screen");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(url("/supervisor/assignment-rules.xhtml"));
            assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Reglas de asignación");
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            var capacity = driver.findElement(By.id("rules:capacity"));
            new Select(driver.findElement(By.id("rules:agent"))).selectByValue(s.getProperty("agentBId"));
            wait.until(Browser.replaced(capacity));
            capacity = driver.findElement(By.id("rules:capacity"));
            capacity.clear();
            capacity.sendKeys("7");
            driver.findElement(By.cssSelector("input[name='rules:languages'][value='EN']"))
                    .click();
            driver.findElement(By.id("rules:saveAgent")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Reglas guardadas."));
        }
        var agent = facts("GET", "/api/v1/test-fixtures/assignment/agent/" + s.getProperty("agentBId"));
        assertThat(agent.getProperty("capacity")).isEqualTo("7");
        assertThat(agent.getProperty("languages")).isEqualTo("EN");
        assertThat(agent.getProperty("event"))
                .isEqualTo("ASSIGNMENT_RULES_CHANGED|" + s.getProperty("supervisor")
                        + "|skills: languages [EN], products [], buckets []");
    }

    @Test
    void an_agent_is_refused_the_supervisors_screen() throws Exception {
        var s = facts("POST", "/api/v1/test-fixtures/assignment/screen");
        var session = new WebSession(base);
        session.signIn(s.getProperty("agentA"), s.getProperty("password"));
        assertThat(session.get("/supervisor/cases.xhtml").statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    private Properties night(Properties s, String date) throws Exception {
        return facts(
                "POST",
                "/api/v1/test-fixtures/assignment/night?date=" + date + "&first=" + s.getProperty("first") + "&last="
                        + s.getProperty("last"));
    }

    /** The case's agent, team and its LAST audit event (properties keep the last of repeated keys). */
    private Properties caseFacts(String id) throws Exception {
        return facts("GET", "/api/v1/test-fixtures/assignment/case/" + id);
    }

    private Properties caseFactsUnchecked(String id) {
        try {
            return caseFacts(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties facts(String method, String path) throws Exception {
        return Http.facts(http(method, path));
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        return Http.call(method, url(path), ADMIN, Http.TEXT_OR_JSON);
    }

    private void logIn(org.openqa.selenium.WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    private String url(String path) {
        return Http.url(base, path);
    }
}

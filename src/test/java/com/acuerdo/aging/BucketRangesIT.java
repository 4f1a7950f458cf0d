package com.acuerdo.aging;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The aging buckets' day ranges against the real WAR: refused ranges (overlap, gap, too early),
 * valid ones scheduled from the next business date and used by the aging job on that date (and not
 * before) for the run's own two clients, a supervisor's proposal approved by an admin, and in the
 * browser an admin who sees the overlap message and then the scheduled version. The business date
 * is never moved; every test removes the versions it scheduled (date = the next business date), so
 * no other test class ever ages with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BucketRangesIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String FIXTURES = "/api/v1/test-fixtures/bucket-ranges/";
    private static final String DEFAULTS = "CURRENT 0, DPD_1_29 1–29, DPD_30_59 30–59, DPD_60_89 60–89,"
            + " DPD_90_119 90–119, DPD_120_179 120–179, DPD_180_PLUS 180+";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(BucketRangesFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    private static Properties scenario;

    private Properties scenario() throws Exception {
        if (scenario == null) {
            scenario = Http.facts(send("POST", FIXTURES + "scenario", ADMIN, Map.of()));
        }
        return scenario;
    }

    @Test
    void an_admin_schedules_valid_ranges_and_aging_uses_them_from_the_next_business_date_on() throws Exception {
        var s = scenario();
        var today = LocalDate.parse(s.getProperty("today"));
        var next = LocalDate.parse(s.getProperty("next"));
        try {
            var tooEarly = schedule(ADMIN, "0-0,1-14,15-59,60-89,90-119,120-179,180-", today);
            assertThat(tooEarly.statusCode()).isEqualTo(422);
            assertThat(tooEarly.body()).contains("CFG_EFFECTIVE_TOO_EARLY");

            var overlapping = schedule(ADMIN, "0-0,1-29,25-59,60-89,90-119,120-179,180-", next);
            assertThat(overlapping.statusCode()).isEqualTo(422);
            assertThat(overlapping.body())
                    .contains("CFG_RANGE_OVERLAP (previous=DPD_1_29, bucket=DPD_30_59, from=25, to=29)");
            var many = schedule(ADMIN, "0-1,2-29,30-59,60-89,90-119,120-179,180-365", next);
            assertThat(many.body())
                    .contains("CFG_RANGE_CURRENT_NOT_ZERO", "CFG_RANGE_FIRST_NOT_ONE", "CFG_RANGE_LAST_NOT_OPEN");
            assertThat(get(FIXTURES + "history", ADMIN).body()).doesNotContain(next.toString());

            assertThat(Http.facts(schedule(ADMIN, "0-0,1-29,30-59,60-89,90-119,120-179,180-", next))
                            .getProperty("stored"))
                    .as("the ranges already in force then: nothing to store")
                    .isEqualTo("false");
            assertThat(Http.facts(schedule(ADMIN, "0-0,1-9,10-59,60-89,90-119,120-179,180-", next))
                            .getProperty("stored"))
                    .isEqualTo("true");
            // A second change for the same date replaces the scheduled one.
            assertThat(Http.facts(schedule(ADMIN, "0-0,1-14,15-59,60-89,90-119,120-179,180-", next))
                            .getProperty("stored"))
                    .isEqualTo("true");
            assertThat(get(FIXTURES + "history", ADMIN).body().lines().filter(line -> line.startsWith(next + "|")))
                    .hasSize(1);
            var shorter = DEFAULTS.replace("DPD_1_29 1–29, DPD_30_59 30–59", "DPD_1_29 1–14, DPD_30_59 15–59");
            assertThat(get(FIXTURES + "history", ADMIN).body().lines().findFirst())
                    .contains(next + "|SCHEDULED|" + shorter);
            assertThat(get(FIXTURES + "in-force?date=" + today, ADMIN).body()).isEqualTo(DEFAULTS);
            assertThat(get(FIXTURES + "in-force?date=" + next, ADMIN).body()).isEqualTo(shorter);
            var nine = DEFAULTS.replace("DPD_1_29 1–29, DPD_30_59 30–59", "DPD_1_29 1–9, DPD_30_59 10–59");
            assertThat(get(FIXTURES + "audit", ADMIN).body())
                    .contains("from " + next + "; before " + nine + "; after " + shorter)
                    .contains("from " + next + "; before " + DEFAULTS + "; after " + nine);

            // Today the default ranges still apply: 19 days is 1–29.
            assertThat(age(today)).isEqualTo("COMPLETED");
            var early = account(s.getProperty("account20"));
            assertThat(early.getProperty("days")).isEqualTo("19");
            assertThat(early.getProperty("bucket")).isEqualTo("DPD_1_29");
            assertThat(early.getProperty("case")).isEqualTo("DPD_1_29/REMIND");

            // On the next business date the new ranges: 20 days is now in DPD_30_59 (15–59).
            assertThat(age(next)).isEqualTo("COMPLETED");
            var aged = account(s.getProperty("account20"));
            assertThat(aged.getProperty("days")).isEqualTo("20");
            assertThat(aged.getProperty("bucket")).isEqualTo("DPD_30_59");
            assertThat(aged.getProperty("moves"))
                    .isEqualTo("CURRENT>DPD_1_29@" + today + "/19,DPD_1_29>DPD_30_59@" + next + "/20");
            assertThat(aged.getProperty("case")).isEqualTo("DPD_30_59/IDENTIFY_BARRIERS");
            var older = account(s.getProperty("account40"));
            assertThat(older.getProperty("bucket")).isEqualTo("DPD_30_59");
            assertThat(older.getProperty("moves")).isEqualTo("CURRENT>DPD_30_59@" + today + "/39");
        } finally {
            cleanup(next);
        }
        assertThat(get(FIXTURES + "in-force?date=" + next, ADMIN).body()).isEqualTo(DEFAULTS);
    }

    @Test
    void a_supervisor_proposes_ranges_and_an_admin_approves_them() throws Exception {
        var s = scenario();
        var next = LocalDate.parse(s.getProperty("next"));
        var supervisor = s.getProperty("supervisor") + ":" + s.getProperty("password");
        var valid = "0-0,1-20,21-59,60-89,90-119,120-179,180-";
        try {
            var session = new WebSession(base);
            session.signIn(s.getProperty("supervisor"), s.getProperty("password"));
            var page = session.get("/supervisor/config/bucket-ranges.xhtml");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Rangos de días de los tramos de mora", "30–59", "Proponer cambio");
            var objectives = session.get("/supervisor/config/buckets.xhtml");
            assertThat(objectives.body()).contains("Días vigentes hoy", "120–179");
            assertThat(schedule(supervisor, valid, next).statusCode()).isEqualTo(403);

            var gap = propose(supervisor, "0-0,1-20,30-59,60-89,90-119,120-179,180-", next, "Con hueco");
            assertThat(gap.statusCode()).isEqualTo(422);
            assertThat(gap.body()).contains("CFG_RANGE_GAP (previous=DPD_1_29, bucket=DPD_30_59, from=21, to=29)");
            var noReason = propose(supervisor, valid, next, " ");
            assertThat(noReason.body()).contains("CFG_PROPOSAL_REASON_REQUIRED");

            var proposal =
                    Http.facts(propose(supervisor, valid, next, "Recordatorio más corto " + s.getProperty("run")));
            assertThat(proposal.getProperty("summary")).contains("DPD_1_29 1–20, DPD_30_59 21–59");
            assertThat(get(FIXTURES + "history", ADMIN).body()).doesNotContain(next.toString());

            var form = Map.of("id", proposal.getProperty("id"), "version", proposal.getProperty("version"));
            assertThat(send("POST", FIXTURES + "approval", supervisor, form).statusCode())
                    .isEqualTo(403);
            assertThat(Http.facts(send("POST", FIXTURES + "approval", ADMIN, form))
                            .getProperty("status"))
                    .isEqualTo("APPROVED");
            assertThat(get(FIXTURES + "history", ADMIN).body().lines().findFirst())
                    .contains(
                            next + "|SCHEDULED|" + DEFAULTS.replace("1–29, DPD_30_59 30–59", "1–20, DPD_30_59 21–59"));
        } finally {
            cleanup(next);
        }
    }

    @Test
    void an_admin_sees_the_overlap_on_the_page_fixes_it_and_sees_the_scheduled_version() throws Exception {
        var s = scenario();
        var next = LocalDate.parse(s.getProperty("next"));
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, "admin", "Demo.2026");
            driver.get(url("/supervisor/config/buckets.xhtml"));
            Browser.clickAndWaitForPage(driver, By.id("tab-bucketRanges"));
            assertThat(driver.findElement(By.id("pageTitle")).getText())
                    .isEqualTo("Rangos de días de los tramos de mora");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("br:effectiveFrom_input"))
                    .getAttribute("value")
                    .equals(next.toString()));
            assertThat(driver.findElement(By.id("br:ranges:2:inForce")).getText())
                    .isEqualTo("30–59");

            type(driver, "br:ranges:2:from", "25");
            driver.findElement(By.id("br:save")).click();
            Forms.waitForText(driver, By.id("messages"), "se superponen");
            assertThat(driver.findElement(By.id("messages")).getText())
                    .contains("Los tramos DPD_1_29 y DPD_30_59 se superponen: los días 25 a 29 quedarían en ambos.");
            assertThat(driver.findElement(By.id("br:ranges:2:from")).getAttribute("value"))
                    .as("what was typed is kept")
                    .isEqualTo("25");
            browser.screenshot("bucket-ranges-overlap");

            type(driver, "br:ranges:1:to", "24");
            driver.findElement(By.id("br:save")).click();
            Forms.waitForText(driver, By.id("messages"), "Cambio programado");
            var history = Forms.waitForText(driver, By.id("br:history"), next.toString());
            assertThat(history).contains("Programada", "DPD_1_29 1–24", "DPD_30_59 25–59", "DPD_180_PLUS 180+");
            browser.screenshot("bucket-ranges-scheduled");
        } finally {
            cleanup(next);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void type(WebDriver driver, String id, String value) {
        var input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private String age(LocalDate date) throws Exception {
        var s = scenario();
        var first = Math.min(Long.parseLong(s.getProperty("customer20")), Long.parseLong(s.getProperty("customer40")));
        var last = Math.max(Long.parseLong(s.getProperty("customer20")), Long.parseLong(s.getProperty("customer40")));
        var form = Map.of("date", date.toString(), "first", Long.toString(first), "last", Long.toString(last));
        return Http.facts(send("POST", FIXTURES + "aging", ADMIN, form)).getProperty("status");
    }

    private Properties account(String id) throws Exception {
        return Http.facts(get(FIXTURES + "account?id=" + id, ADMIN));
    }

    private HttpResponse<String> schedule(String who, String ranges, LocalDate from) throws Exception {
        return send("POST", FIXTURES + "ranges", who, Map.of("ranges", ranges, "from", from.toString()));
    }

    private HttpResponse<String> propose(String who, String ranges, LocalDate from, String reason) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("ranges", ranges);
        form.put("from", from.toString());
        form.put("reason", reason);
        return send("POST", FIXTURES + "proposal", who, form);
    }

    private void cleanup(LocalDate from) throws Exception {
        var form = Map.of("from", from.toString(), "run", scenario().getProperty("run"));
        var response = send("POST", FIXTURES + "cleanup", ADMIN, form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logIn(driver, url("/login.xhtml"), username, password);
    }

    private HttpResponse<String> get(String path, String who) throws Exception {
        return Http.call("GET", url(path), who, Http.TEXT_OR_JSON);
    }

    private HttpResponse<String> send(String method, String path, String who, Map<String, String> form)
            throws Exception {
        return Http.form(method, url(path), who, Http.TEXT_OR_JSON, form);
    }

    private String url(String path) {
        return Http.url(base, path);
    }
}

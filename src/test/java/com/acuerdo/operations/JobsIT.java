package com.acuerdo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Portfolio;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The jobs API (status, stop, restart, 404 and 409) on a test job that runs until stopped, and IT's
 * jobs page: aging started for the test's own clients only and watched until it completes, with its
 * counts; an upload with bad rows listed by line and reason, with the execution's counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String AGENT = "agent01:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo()
                .addClasses(WaitingBatchlet.class, JobsFixtures.class, Portfolio.class)
                .addAsResource("operations/test-waiting.xml", "META-INF/batch-jobs/test-waiting.xml");
    }

    @ArquillianResource
    URL base;

    @Test
    void an_execution_is_watched_stopped_and_restarted_through_the_api() throws Exception {
        var started = send("POST", "/api/v1/test-fixtures/jobs/waiting", ADMIN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long first = Long.parseLong(started.body().strip());

        var running = awaitStatus(first, "STARTED");
        assertThat(running).contains("\"jobName\":\"test-waiting\"", "\"executionId\":" + first, "\"name\":\"wait\"");
        assertThat(running).contains("\"read\":0", "\"written\":0", "\"skipped\":0");
        assertThat(send("POST", "/api/v1/jobs/executions/" + first + "/restart", ADMIN)
                        .statusCode())
                .as("a running execution cannot restart")
                .isEqualTo(409);

        var stop = send("POST", "/api/v1/jobs/executions/" + first + "/stop", ADMIN);
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);
        assertThat(stop.body()).isEqualTo("{\"executionId\":" + first + "}");
        assertThat(awaitStatus(first, "STOPPED")).contains("\"end\":\"");
        var again = send("POST", "/api/v1/jobs/executions/" + first + "/stop", ADMIN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).startsWith("{\"error\":\"conflict\",\"reasons\":[\"NOT_RUNNING");

        var restart = send("POST", "/api/v1/jobs/executions/" + first + "/restart", ADMIN);
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        var matcher = Pattern.compile("\\{\"executionId\":(\\d+)}").matcher(restart.body());
        assertThat(matcher.matches()).isTrue();
        long second = Long.parseLong(matcher.group(1));
        assertThat(second).isNotEqualTo(first);
        awaitStatus(second, "STARTED");
        assertThat(send("POST", "/api/v1/jobs/executions/" + first + "/restart", ADMIN)
                        .statusCode())
                .as("only the latest execution of an instance restarts")
                .isEqualTo(409);
        assertThat(send("POST", "/api/v1/jobs/executions/" + second + "/stop", ADMIN)
                        .statusCode())
                .isEqualTo(202);
        awaitStatus(second, "STOPPED");
    }

    @Test
    void unknown_jobs_and_executions_are_404_and_only_admin_operates() throws Exception {
        var unknown = send("POST", "/api/v1/jobs/no-such-job", ADMIN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"error\":\"not-found\",\"reasons\":[\"UNKNOWN_JOB");
        // An import job exists but is started through POST /imports, never by name here.
        assertThat(send("POST", "/api/v1/jobs/import-customers", ADMIN).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/jobs/executions/987654321", ADMIN).statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/jobs/executions/987654321/stop", ADMIN).statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/jobs/executions/987654321/restart", ADMIN)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/jobs/executions/x", ADMIN).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/jobs/aging", AGENT).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/jobs/executions/1", AGENT).statusCode()).isEqualTo(403);
    }

    @Test
    void the_admin_ages_only_the_tests_own_clients_and_watches_it_complete_with_its_counts() throws Exception {
        var fixture = new HashMap<String, String>();
        var created = send("POST", "/api/v1/test-fixtures/jobs/clients", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        created.body().lines().map(line -> line.split("=", 2)).forEach(kv -> fixture.put(kv[0], kv[1]));
        long first = Long.parseLong(fixture.get("first"));
        long last = Long.parseLong(fixture.get("last"));
        assertThat(last - first)
                .as("the slice holds the three new clients alone")
                .isEqualTo(2);
        var accounts = List.of(fixture.get("accounts").split(","));

        // The API refuses a slice for the chain (it moves the business date for all) and an empty slice.
        var nightly = send("POST", "/api/v1/jobs/nightly", ADMIN, "{\"firstCustomerId\":" + first + "}");
        assertThat(nightly.statusCode()).as(nightly.body()).isEqualTo(422);
        assertThat(nightly.body()).contains("SCOPE_NOT_SUPPORTED");
        var empty = send(
                "POST",
                "/api/v1/jobs/aging",
                ADMIN,
                "{\"firstCustomerId\":" + last + ",\"lastCustomerId\":" + first + "}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/jobs/aging", ADMIN, "{\"firstCustomerId\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);

        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/login.xhtml"));
            driver.findElement(By.id("login:username")).sendKeys("admin");
            driver.findElement(By.id("login:password")).sendKeys("Demo.2026");
            Browser.clickAndWait(driver, By.id("login:submit"));
            driver.get(url("/admin/jobs.xhtml"));
            driver.findElement(By.id("ops:firstCustomerId")).sendKeys(Long.toString(first));
            driver.findElement(By.id("ops:lastCustomerId")).sendKeys(Long.toString(last));
            driver.findElement(By.cssSelector("button.ac-start-aging")).click();

            var wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            wait.ignoring(StaleElementReferenceException.class);
            // "Proceso aging iniciado: ejecución N."
            var started = wait.until(d -> {
                var matcher = Pattern.compile("aging\\D*(\\d+)").matcher(textOf(d, By.id("messages")));
                return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
            });
            var row = By.cssSelector("[id='ops:executions_data'] tr.ac-execution-" + started);
            var seen = new ArrayList<String>();
            try {
                wait.until(d -> {
                    String status;
                    boolean bar;
                    try {
                        // Status and bar from one rendering of the row (the poll replaces the table).
                        var found = d.findElements(row);
                        if (found.isEmpty()) {
                            return false;
                        }
                        status = found.get(0)
                                .findElement(By.cssSelector(".ac-status"))
                                .getText();
                        bar = !found.get(0)
                                .findElements(By.cssSelector(".ac-progress"))
                                .isEmpty();
                    } catch (WebDriverException replaced) {
                        return false;
                    }
                    if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                        seen.add(status);
                    }
                    boolean running = status.equals("STARTING") || status.equals("STARTED");
                    // While it runs the row carries the live progress bar, and only then.
                    assertThat(bar).as("progress bar while %s", status).isEqualTo(running);
                    return status.equals("COMPLETED") || status.equals("FAILED");
                });
            } finally {
                browser.screenshot("jobs-aging-scoped");
            }
            assertThat(seen).as("statuses seen: %s", seen).last().isEqualTo("COMPLETED");
            var execution =
                    send("GET", "/api/v1/jobs/executions/" + started, ADMIN).body();
            var pageRead = driver.findElement(row)
                    .findElement(By.cssSelector(".ac-read"))
                    .getText();
            var pageWritten = driver.findElement(row)
                    .findElement(By.cssSelector(".ac-written"))
                    .getText();
            // One range of ids per step: the page shows the execution's counts from the job repository.
            assertThat(execution)
                    .containsPattern("\"read\":" + pageRead + "[,}]")
                    .containsPattern("\"written\":" + pageWritten + "[,}]");
            assertThat(Long.parseLong(pageRead)).isPositive();
            assertThat(pageWritten).isEqualTo(pageRead);
        }

        // Only the slice was aged: the three accounts have their days past due on the business date.
        var expected = Map.of(
                accounts.get(0), new String[] {"40", "DPD_30_59"},
                accounts.get(1), new String[] {"5", "DPD_1_29"},
                accounts.get(2), new String[] {"0", "CURRENT"});
        for (var account : accounts) {
            var body = send("GET", "/api/v1/accounts/" + account, ADMIN).body();
            assertThat(body)
                    .as(account)
                    .contains(
                            "\"daysPastDue\":" + expected.get(account)[0],
                            "\"bucket\":\"" + expected.get(account)[1] + "\"");
            if (account.equals(accounts.get(2))) {
                assertThat(body).contains("\"caseId\":null");
            } else {
                assertThat(body).containsPattern("\"caseId\":\\d+");
            }
        }
    }

    @Test
    void the_admin_uploads_a_file_with_bad_rows_and_sees_them_with_line_reason_and_counts() throws Exception {
        var run = "JOB-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        var file = Files.createTempFile("customers-", ".csv");
        Files.writeString(
                file,
                "customer_id,full_name,national_id,email,phone,time_zone,language,jurisdiction,consent_sms,consent_email\n"
                        + run + "C1,Ana Gómez,,,,America/Mexico_City,es,MX,true,false\n"
                        + run + "C2,Luis Pérez,,,,America/Lima,pt,MX,true,false\n"
                        + run + "C3,Eva Ruiz,,,,America/Bogota,es,CO,si,false\n",
                StandardCharsets.UTF_8);
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/login.xhtml"));
            driver.findElement(By.id("login:username")).sendKeys("admin");
            driver.findElement(By.id("login:password")).sendKeys("Demo.2026");
            Browser.clickAndWait(driver, By.id("login:submit"));
            driver.get(url("/admin/jobs.xhtml"));
            assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Procesos nocturnos");

            new Select(driver.findElement(By.id("upload:kind"))).selectByValue("customers");
            driver.findElement(By.id("upload:file"))
                    .sendKeys(file.toAbsolutePath().toString());
            Browser.clickAndWaitForPage(driver, By.id("upload:send"));

            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.ignoring(StaleElementReferenceException.class);
            try {
                wait.until(d -> textOf(d, By.id("rejectsRejected")).equals("2")
                        && textOf(d, By.cssSelector("[id='rejects:rejectsCard'] h2"))
                                .contains("COMPLETED"));
            } finally {
                browser.screenshot("jobs-upload");
            }
            assertThat(driver.findElement(By.id("rejectsRead")).getText()).isEqualTo("3");
            assertThat(driver.findElement(By.id("rejectsAccepted")).getText()).isEqualTo("1");
            assertThat(driver.findElements(By.cssSelector("[id='rejects:rejectRows_data'] .ac-line")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("3", "4");
            assertThat(driver.findElements(By.cssSelector("[id='rejects:rejectRows_data'] .ac-reason")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("language: 'pt' is not one of es, en", "consent_sms: 'si' is not true or false");

            // The execution's counts: 3 rows read and written (rejected ones included), 2 rejected.
            var counts = wait.until(d -> {
                var first = d.findElement(By.cssSelector("[id='ops:executions_data'] tr"));
                if (!first.getText().contains("import-customers")
                        || !first.findElement(By.cssSelector(".ac-status"))
                                .getText()
                                .equals("COMPLETED")) {
                    return null;
                }
                return List.of(
                        first.findElement(By.cssSelector(".ac-read")).getText(),
                        first.findElement(By.cssSelector(".ac-written")).getText(),
                        first.findElement(By.cssSelector(".ac-rejected")).getText());
            });
            assertThat(counts).containsExactly("3", "3", "2");
            browser.screenshot("jobs-upload-rejects");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String textOf(WebDriver driver, By by) {
        // The poll replaces the card: read it fresh, and treat a replaced node as not there yet.
        var found = driver.findElements(by);
        try {
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException replaced) {
            return "";
        }
    }

    private String awaitStatus(long executionId, String status) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var response = send("GET", "/api/v1/jobs/executions/" + executionId, ADMIN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            if (response.body().contains("\"status\":\"" + status + "\"")) {
                return response.body();
            }
            assertThat(Instant.now())
                    .as("execution %d not %s: %s", executionId, status, response.body())
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> send(String method, String path, String user) throws Exception {
        return send(method, path, user, null);
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json, text/plain")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

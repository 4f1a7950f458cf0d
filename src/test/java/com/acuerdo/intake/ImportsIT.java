package com.acuerdo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import java.io.StringReader;
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
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The imports of the integration contract through REST: every kind, rejects with their lines, good
 * rows landing, idempotent re-runs, changed values updating, payments posted once and allocated to
 * the oldest bills, whole files refused without a trace, and ADMIN only. Every test uses ids of its
 * own (one database is shared by all test classes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final String AGENT = "agent01:Demo.2026";
    private static final String CUSTOMERS_HEADER =
            "customer_id,full_name,national_id,email,phone,time_zone,language,jurisdiction,consent_sms,consent_email\n";
    private static final String ACCOUNTS_HEADER = "account_id,customer_id,product,currency,opened_on,credit_limit\n";
    private static final String BILLS_HEADER = "bill_id,account_id,due_date,amount_due\n";
    private static final String PAYMENTS_HEADER = "payment_id,account_id,paid_on,amount,channel\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo()
                .addClasses(IntakeFixtures.class)
                .addAsResource("operations/test-inbox.xml", "META-INF/batch-jobs/test-inbox.xml");
    }

    @ArquillianResource
    URL base;

    private final String run = "IMP-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    // ------------------------------------------------------------------ each kind, rejects, landing

    @Test
    void each_kind_lands_its_good_rows_and_rejects_the_bad_ones_with_line_and_reason() throws Exception {
        var customers = CUSTOMERS_HEADER
                + run + "C1,Ana Gómez,GODE561231,ana@example.com,+525512345678,America/Mexico_City,es,MX,true,false\n"
                + "\n"
                + run + "C2,\"Pérez, Juan \"\"Juanito\"\"\",,,,America/Bogota,es,CO,false,false\n"
                + run + "C3,Bad Zone,,,,Mars/Olympus,es,MX,true,false\n"
                + run + "C4,Bad Lang,,,,America/Santiago,de,AR,true,maybe\n";
        var c = finished(post("customers", customers));
        assertThat(c).contains("\"status\":\"COMPLETED\"", "\"read\":4", "\"accepted\":2", "\"rejected\":2");
        assertThat(rejects(c))
                .containsExactly(
                        "5: time_zone: 'Mars/Olympus' is not an IANA time zone such as America/Mexico_City",
                        "6: language: 'de' is not one of es, en; jurisdiction: 'AR' is not one of US, MX, CO, CL,"
                                + " DEFAULT; consent_email: 'maybe' is not true or false");
        assertThat(fixture("customers/" + run + "C2").getProperty("fullName")).isEqualTo("Pérez, Juan \"Juanito\"");

        var accounts = ACCOUNTS_HEADER
                + run + "A1," + run + "C1,CREDIT_CARD,MXN,2024-01-15,20000.00\n"
                + run + "A2," + run + "C2,PERSONAL_LOAN,CLP,2024-02-01,5000000\n"
                + run + "A3," + run + "C9,CREDIT_CARD,MXN,2024-01-15,1000.00\n"
                + run + "A4," + run + "C1,CREDIT_CARD,MXN,2024-01-15,10.001\n";
        var a = finished(post("accounts", accounts));
        assertThat(a).contains("\"status\":\"COMPLETED\"", "\"read\":4", "\"accepted\":2", "\"rejected\":2");
        assertThat(rejects(a))
                .containsExactly(
                        "4: customer_id: unknown client '" + run + "C9' (import the customers file first)",
                        "5: credit_limit: '10.001' has more decimals than MXN allows (2)");

        var bills = BILLS_HEADER
                + run + "B1," + run + "A1,2026-01-10,1000.00\n"
                + run + "B2," + run + "A1,2026-02-10,1000.00\n"
                + run + "B3," + run + "A1,2026-03-10,1000.00\n"
                + run + "B4," + run + "A2,2026-03-10,250000.5\n"
                + run + "B5," + run + "A9,2026-03-10,100.00\n";
        var b = finished(post("bills", bills));
        assertThat(b).contains("\"status\":\"COMPLETED\"", "\"read\":5", "\"accepted\":3", "\"rejected\":2");
        assertThat(rejects(b))
                .containsExactly(
                        "5: amount_due: '250000.5' has more decimals than CLP allows (0)",
                        "6: account_id: unknown account '" + run + "A9' (import the accounts file first)");
        assertThat(balance(run + "A1")).isEqualTo("3000.00");

        var payments = PAYMENTS_HEADER
                + run + "P1," + run + "A1,2026-01-10,600.00,BRANCH\n" // on the first due date, partial
                + run + "P2," + run + "A1,2026-02-15,900.00,APP\n" // rest of B1 (400) then 500 of B2
                + run + "P3," + run + "A7,2026-02-15,10.00,APP\n"
                + run + "P1," + run + "A1,2026-01-10,600.00,BRANCH\n" // the same payment twice in one file
                + run + "P4," + run + "A1,2026-02-20,0.005,APP\n";
        var p = finished(post("payments", payments));
        assertThat(p).contains("\"status\":\"COMPLETED\"", "\"read\":5", "\"accepted\":3", "\"rejected\":2");
        assertThat(rejects(p))
                .containsExactly(
                        "4: account_id: unknown account '" + run + "A7' (import the accounts file first)",
                        "6: amount: '0.005' has more decimals than MXN allows (2)");
        assertThat(fixture("payments/" + run + "P1").getProperty("allocations")).isEqualTo(run + "B1:600.00");
        assertThat(fixture("payments/" + run + "P2").getProperty("allocations"))
                .isEqualTo(run + "B1:400.00," + run + "B2:500.00");
        assertThat(balance(run + "A1")).isEqualTo("1500.00");

        // An overpayment settles every bill and keeps the rest as credit.
        var over = finished(post("payments", PAYMENTS_HEADER + run + "P5," + run + "A1,2026-03-11,1600.00,APP\n"));
        assertThat(over).contains("\"accepted\":1", "\"rejected\":0");
        assertThat(fixture("payments/" + run + "P5").getProperty("unallocated")).isEqualTo("100.00");
        assertThat(balance(run + "A1")).isEqualTo("0.00");
    }

    // ------------------------------------------------------------------ idempotence and updates

    @Test
    void re_running_a_file_changes_nothing_and_a_payment_is_never_posted_twice() throws Exception {
        setUpAccount();
        var payments = PAYMENTS_HEADER + run + "P1," + run + "A1,2026-01-15,250.00,BRANCH\n";
        assertThat(finished(post("payments", payments))).contains("\"accepted\":1");
        assertThat(balance(run + "A1")).isEqualTo("750.00");

        var again = finished(post("payments", payments));
        assertThat(again).contains("\"status\":\"COMPLETED\"", "\"read\":1", "\"accepted\":1", "\"rejected\":0");
        assertThat(balance(run + "A1")).isEqualTo("750.00");
        assertThat(fixture("payments/" + run + "P1").getProperty("count")).isEqualTo("1");
        assertThat(fixture("bills/" + run + "B1").getProperty("amountPaid")).isEqualTo("250.00");

        // The same payment id with another amount is refused, not posted.
        var changed = finished(post("payments", PAYMENTS_HEADER + run + "P1," + run + "A1,2026-01-15,999.00,BRANCH\n"));
        assertThat(rejects(changed))
                .containsExactly("2: payment_id: payment '" + run
                        + "P1' is already posted with other values; a posted payment never changes");
        assertThat(balance(run + "A1")).isEqualTo("750.00");
    }

    @Test
    void re_importing_customers_accounts_and_bills_with_changed_values_updates_them() throws Exception {
        setUpAccount();
        var customers = CUSTOMERS_HEADER + run
                + "C1,Ana María Gómez,GODE561231,ana.maria@example.com,,America/Mexico_City,en,MX,true,true\n";
        assertThat(finished(post("customers", customers))).contains("\"accepted\":1", "\"rejected\":0");
        var customer = fixture("customers/" + run + "C1");
        assertThat(customer.getProperty("fullName")).isEqualTo("Ana María Gómez");
        assertThat(customer.getProperty("email")).isEqualTo("ana.maria@example.com");
        assertThat(customer.getProperty("language")).isEqualTo("en");

        var bills = BILLS_HEADER + run + "B1," + run + "A1,2026-01-20,1200.00\n";
        assertThat(finished(post("bills", bills))).contains("\"accepted\":1");
        var bill = fixture("bills/" + run + "B1");
        assertThat(bill.getProperty("amountDue")).isEqualTo("1200.00");
        assertThat(bill.getProperty("dueDate")).isEqualTo("2026-01-20");
        assertThat(balance(run + "A1")).isEqualTo("1200.00");

        // An account's currency never changes: refused with the reason, the rest of the account kept.
        var accounts = ACCOUNTS_HEADER + run + "A1," + run + "C1,CREDIT_CARD,USD,2024-01-15,100.00\n";
        assertThat(rejects(finished(post("accounts", accounts))))
                .containsExactly("2: currency: account '" + run + "A1' is in MXN; an account's currency never changes");
    }

    // ------------------------------------------------------------------ whole files refused

    @Test
    void a_file_with_the_wrong_header_not_csv_or_not_utf8_fails_and_changes_nothing() throws Exception {
        var wrongHeader =
                "customer_id,name,national_id,email,phone,time_zone,language,jurisdiction,consent_sms,consent_email\n"
                        + run + "W1,Ana,,,,America/Mexico_City,es,MX,true,false\n";
        var w = finished(post("customers", wrongHeader));
        assertThat(w).contains("\"status\":\"FAILED\"", "\"read\":0", "\"accepted\":0");
        assertThat(rejects(w)).singleElement().asString().startsWith("1: wrong header for a customers file");

        var notCsv = CUSTOMERS_HEADER
                + run + "W2,Ana,,,,America/Mexico_City,es,MX,true,false\n"
                + run + "W3,\"Ana,,,,America/Mexico_City,es,MX,true,false\n";
        var n = finished(post("customers", notCsv));
        assertThat(n).contains("\"status\":\"FAILED\"", "\"accepted\":0");
        assertThat(rejects(n)).singleElement().asString().startsWith("3: the file is not valid CSV");

        var latin1 = (CUSTOMERS_HEADER + run + "W4,Ana Muñoz,,,,America/Mexico_City,es,MX,true,false\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        var l = finished(post("customers", latin1));
        assertThat(l).contains("\"status\":\"FAILED\"", "\"accepted\":0");
        assertThat(rejects(l)).singleElement().asString().startsWith("2: the file is not UTF-8 text");

        for (var id : List.of("W1", "W2", "W3", "W4")) {
            assertThat(get("/api/v1/test-fixtures/intake/customers/" + run + id, ADMIN)
                            .statusCode())
                    .as("customer %s must not exist", id)
                    .isEqualTo(404);
        }
    }

    // ------------------------------------------------------------------ the inbox step of the night

    @Test
    void the_inbox_imports_every_file_in_reference_order_and_moves_each_to_done_or_failed() throws Exception {
        var inbox = Files.createTempDirectory("acuerdo-inbox-");
        // Named so that a plain alphabetical order would import payments before their accounts.
        Files.writeString(
                inbox.resolve("payments-1.csv"), PAYMENTS_HEADER + run + "P1," + run + "A1,2026-01-12,300.00,APP\n");
        Files.writeString(inbox.resolve("bills-1.csv"), BILLS_HEADER + run + "B1," + run + "A1,2026-01-10,1000.00\n");
        Files.writeString(
                inbox.resolve("accounts-1.csv"),
                ACCOUNTS_HEADER + run + "A1," + run + "C1,CREDIT_CARD,MXN,2024-01-15,20000.00\n");
        Files.writeString(
                inbox.resolve("customers-1.csv"),
                CUSTOMERS_HEADER + run + "C1,Ana Gómez,,,,America/Mexico_City,es,MX,true,false\n");
        Files.writeString(inbox.resolve("customers-2.csv"), "not,a,customers,file\n");
        Files.writeString(inbox.resolve("readme.txt"), "hello");

        var started = send("POST", "/api/v1/test-fixtures/intake/inbox?folder=" + inbox, ADMIN, new byte[0]);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long executionId = Long.parseLong(started.body().strip());
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        String execution;
        do {
            Thread.sleep(200);
            execution = get("/api/v1/jobs/executions/" + executionId, ADMIN).body();
            assertThat(Instant.now()).as(execution).isBefore(deadline);
        } while (!execution.contains("\"status\":\"COMPLETED\"") && !execution.contains("\"status\":\"FAILED\""));
        assertThat(execution).contains("\"status\":\"COMPLETED\"", "IMPORTED 4 FILES, 2 FAILED");

        assertThat(balance(run + "A1")).isEqualTo("700.00");
        try (var done = Files.list(inbox.resolve("done"));
                var failed = Files.list(inbox.resolve("failed"));
                var left = Files.list(inbox)) {
            assertThat(done.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("customers-1.csv", "accounts-1.csv", "bills-1.csv", "payments-1.csv");
            assertThat(failed.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("customers-2.csv", "readme.txt");
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ API edges

    @Test
    void only_admin_imports_and_unknown_kinds_and_executions_are_404() throws Exception {
        var agent = send("POST", "/api/v1/imports/customers", AGENT, CUSTOMERS_HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(agent.body()).startsWith("{\"error\":\"forbidden\"");
        assertThat(get("/api/v1/imports/1", AGENT).statusCode()).isEqualTo(403);

        var kind = send("POST", "/api/v1/imports/loans", ADMIN, BILLS_HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(kind.statusCode()).isEqualTo(404);
        assertThat(kind.body()).contains("UNKNOWN_IMPORT_KIND");
        assertThat(get("/api/v1/imports/987654321", ADMIN).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/imports/abc", ADMIN).statusCode()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ helpers

    private void setUpAccount() throws Exception {
        finished(post(
                "customers",
                CUSTOMERS_HEADER + run
                        + "C1,Ana Gómez,GODE561231,ana@example.com,,America/Mexico_City,es,MX,true,false\n"));
        finished(post("accounts", ACCOUNTS_HEADER + run + "A1," + run + "C1,CREDIT_CARD,MXN,2024-01-15,20000.00\n"));
        assertThat(finished(post("bills", BILLS_HEADER + run + "B1," + run + "A1,2026-01-10,1000.00\n")))
                .contains("\"accepted\":1");
    }

    private long post(String kind, String csv) throws Exception {
        return post(kind, csv.getBytes(StandardCharsets.UTF_8));
    }

    private long post(String kind, byte[] csv) throws Exception {
        var response = send("POST", "/api/v1/imports/" + kind, ADMIN, csv);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        var matcher = Pattern.compile("\\{\"executionId\":(\\d+)}").matcher(response.body());
        assertThat(matcher.matches()).as(response.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Polls GET /imports/{id} until the job ended; answers the JSON. */
    private String finished(long executionId) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var response = get("/api/v1/imports/" + executionId, ADMIN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var body = response.body();
            if (body.matches(".*\"status\":\"(COMPLETED|FAILED|STOPPED|ABANDONED)\".*")) {
                return body;
            }
            assertThat(Instant.now())
                    .as("import %d still running: %s", executionId, body)
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static final Pattern REJECT = Pattern.compile("\\{\"line\":(\\d+),\"reason\":\"((?:[^\"\\\\]|\\\\.)*)\"}");

    /** The rejects as "line: reason". */
    private static List<String> rejects(String json) {
        var list = new ArrayList<String>();
        var matcher = REJECT.matcher(json);
        while (matcher.find()) {
            list.add(matcher.group(1) + ": "
                    + matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return list;
    }

    private String balance(String accountId) throws Exception {
        var response = get("/api/v1/accounts/" + accountId, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var matcher = Pattern.compile("\"balance\":\"?([0-9.]+)").matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private Properties fixture(String path) throws Exception {
        var response = get("/api/v1/test-fixtures/intake/" + path, ADMIN);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        var properties = new Properties();
        properties.load(new StringReader(response.body()));
        return properties;
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, null);
    }

    private HttpResponse<String> send(String method, String path, String user, byte[] csv) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json, text/plain")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        if (csv == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "text/csv").method(method, HttpRequest.BodyPublishers.ofByteArray(csv));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

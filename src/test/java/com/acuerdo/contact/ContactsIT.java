package com.acuerdo.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact guard, contacts and restrictions through the integration contract: contact-check,
 * POST contacts (201, 409 with the guard's reasons, audited and not recorded), POST restrictions,
 * and the 400/403/404/422 errors. The data is a fresh scenario stored by {@link ContactFixtures}
 * (test archive only): clients in Los Angeles, New York, Bogotá, Santiago and Mexico City. Every
 * instant is chosen explicitly in the client's zone, in the past (a contact is recorded once made).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactsIT {

    private static final String ADMIN = "admin:Demo.2026";
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(ContactFixtures.class);
    }

    @ArquillianResource
    URL base;

    private static Properties scenario;

    private Properties scenario() throws Exception {
        if (scenario == null) {
            scenario = Http.facts(http("POST", "/api/v1/test-fixtures/contacts", ADMIN, null));
        }
        return scenario;
    }

    private String agentA() throws Exception {
        return scenario().getProperty("agentA") + ":" + scenario().getProperty("password");
    }

    // ---------------------------------------------------------------- contact-check

    @Test
    void the_check_answers_in_the_clients_zone_with_reasons_and_the_next_allowed_instant() throws Exception {
        var account = scenario().getProperty("usWest");
        var day = LocalDate.now(LOS_ANGELES).minusDays(3);
        var night = at(day, "22:30", LOS_ANGELES);

        var refused = check(account, "CALL", night.toString(), agentA());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(refused.body())
                .contains("\"allowed\":false")
                .containsPattern("\"reasons\":\\[\"OUTSIDE_HOURS: it is 22:30 in America/Los_Angeles[^\"]*\"\\]")
                .contains("\"nextAllowedAt\":\"" + at(day.plusDays(1), "08:00", LOS_ANGELES) + "\"")
                .contains("\"code\":\"OUTSIDE_HOURS\"");

        // The same morning, written with the client's own offset (a '+' or '-' in a query is encoded).
        var morning =
                day.atTime(10, 0).atZone(LOS_ANGELES).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var allowed = check(account, "CALL", morning, agentA());
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.body())
                .contains("\"allowed\":true", "\"reasons\":[]")
                .contains("\"nextAllowedAt\":\"" + at(day, "10:00", LOS_ANGELES) + "\"");

        // The client in Los Angeles has not consented to SMS, but the US honours opt-outs: no consent needed.
        assertThat(check(account, "SMS", morning, agentA()).body()).contains("\"allowed\":true");
    }

    // ---------------------------------------------------------------- record, guard refusal

    @Test
    void the_eighth_call_in_seven_days_is_refused_with_409_audited_and_not_recorded() throws Exception {
        var account = scenario().getProperty("usWest");
        var first = LocalDate.now(LOS_ANGELES).minusDays(20);
        for (int i = 0; i < 7; i++) {
            var created = post(
                    "/api/v1/accounts/" + account + "/contacts",
                    contactJson(
                            "CALL", "OUTBOUND", at(first, "10:0" + i, LOS_ANGELES), "NO_ANSWER", null, "intento " + i),
                    agentA());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            if (i == 0) {
                var location = created.headers().firstValue("Location").orElseThrow();
                assertThat(location).matches(".*/api/v1/accounts/" + Pattern.quote(account) + "/contacts/\\d+");
                assertThat(created.body())
                        .contains("\"channel\":\"CALL\"", "\"direction\":\"OUTBOUND\"", "\"outcome\":\"NO_ANSWER\"")
                        .contains(
                                "\"accountId\":\"" + account + "\"",
                                "\"agent\":\"" + scenario().getProperty("agentA") + "\"")
                        .contains("\"at\":\"" + at(first, "10:00", LOS_ANGELES) + "\"");
                var read = Http.call("GET", location, agentA(), Http.JSON_OR_TEXT);
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(read.body()).contains("\"notes\":\"intento 0\"");
            }
        }

        var eighth = post(
                "/api/v1/accounts/" + account + "/contacts",
                contactJson("CALL", "OUTBOUND", at(first.plusDays(1), "10:00", LOS_ANGELES), "NO_ANSWER", null, "8"),
                agentA());

        assertThat(eighth.statusCode()).as(eighth.body()).isEqualTo(409);
        assertThat(eighth.body())
                .contains("\"error\":\"refused\"")
                .contains("\"reasons\":[\"CALL_CAP: 7 calls or visits in the last 7 days (at most 7)\"]")
                .contains("\"nextAllowedAt\":\"" + at(first.plusDays(7), "08:00", LOS_ANGELES) + "\"");
        var facts = facts(account);
        assertThat(facts.getProperty("contacts")).isEqualTo("7");
        assertThat(facts.getProperty("CONTACT_RECORDED")).isEqualTo("7");
        assertThat(Integer.parseInt(facts.getProperty("CONTACT_REFUSED"))).isGreaterThanOrEqualTo(1);
        assertThat(facts.getProperty("refusals"))
                .contains(scenario().getProperty("agentA") + " CALL at " + at(first.plusDays(1), "10:00", LOS_ANGELES))
                .contains("CALL_CAP{count=7, max=7, days=7}");

        // The check agrees, and the day the first calls leave the window, calls are allowed again.
        assertThat(check(
                                account,
                                "CALL",
                                at(first.plusDays(6), "20:00", LOS_ANGELES).toString(),
                                agentA())
                        .body())
                .contains("\"allowed\":false", "CALL_CAP");
        assertThat(check(
                                account,
                                "CALL",
                                at(first.plusDays(7), "08:00", LOS_ANGELES).toString(),
                                agentA())
                        .body())
                .contains("\"allowed\":true");
        // Written channels are not call attempts.
        assertThat(check(
                                account,
                                "EMAIL",
                                at(first.plusDays(1), "10:00", LOS_ANGELES).toString(),
                                agentA())
                        .body())
                .contains("\"allowed\":true");
    }

    @Test
    void a_call_at_night_in_the_clients_zone_is_refused_though_it_is_morning_in_new_york() throws Exception {
        var account = scenario().getProperty("usWest");
        var day = LocalDate.now(LOS_ANGELES).minusDays(30);
        var early = at(day, "07:30", LOS_ANGELES); // 10:30 in New York

        var refused = post(
                "/api/v1/accounts/" + account + "/contacts",
                contactJson("CALL", "OUTBOUND", early, "NO_ANSWER", null, null),
                agentA());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains("OUTSIDE_HOURS: it is 07:30 in America/Los_Angeles")
                .contains("\"nextAllowedAt\":\"" + at(day, "08:00", LOS_ANGELES) + "\"");
        assertThat(facts(account).getProperty("refusals")).contains("CALL at " + early + " refused: OUTSIDE_HOURS");
    }

    @Test
    void an_inbound_call_is_recorded_whatever_the_hour_and_updates_the_case() throws Exception {
        var account = scenario().getProperty("cl");
        var sunday = LocalDate.now(SANTIAGO).minusDays(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        var lateSunday = at(sunday, "23:00", SANTIAGO);

        var outbound = post(
                "/api/v1/accounts/" + account + "/contacts",
                contactJson("CALL", "OUTBOUND", lateSunday, "RIGHT_PARTY", null, null),
                agentA());
        assertThat(outbound.statusCode()).as(outbound.body()).isEqualTo(409);
        assertThat(outbound.body()).contains("CLOSED_DAY: no contact on SUNDAY");

        var callback = lateSunday.plusSeconds(2 * 86400);
        var inbound = post(
                "/api/v1/accounts/" + account + "/contacts",
                "{\"channel\":\"CALL\",\"direction\":\"INBOUND\",\"at\":\"" + lateSunday
                        + "\",\"outcome\":\"RIGHT_PARTY\",\"reason\":\"INCOME_LOSS\","
                        + "\"notes\":\"Llamó la clienta: perdió el empleo\",\"nextStep\":\"Proponer convenio\","
                        + "\"callbackAt\":\"" + callback + "\"}",
                agentA());

        assertThat(inbound.statusCode()).as(inbound.body()).isEqualTo(201);
        assertThat(inbound.body())
                .contains("\"direction\":\"INBOUND\"", "\"reason\":\"INCOME_LOSS\"", "\"outcome\":\"RIGHT_PARTY\"")
                .contains("\"nextStep\":\"Proponer convenio\"", "\"callbackAt\":\"" + callback + "\"")
                .contains("\"notes\":\"Llamó la clienta: perdió el empleo\"");
        var facts = facts(account);
        assertThat(facts.getProperty("contacts")).isEqualTo("1");
        assertThat(facts.getProperty("caseLastContactAt")).isEqualTo(lateSunday.toString());
    }

    // ---------------------------------------------------------------- restrictions

    @Test
    void a_dispute_is_recorded_on_the_account_and_the_guard_then_refuses_collection_contact() throws Exception {
        var account = scenario().getProperty("co");
        var day = LocalDate.now(BOGOTA).minusDays(10);
        var asked = at(day, "10:00", BOGOTA).toString();
        assertThat(check(account, "CALL", asked, agentA()).body()).doesNotContain("DISPUTED");

        var created = post(
                "/api/v1/accounts/" + account + "/restrictions",
                "{\"type\":\"DISPUTE\",\"from\":\"" + day.minusDays(20) + "\"}",
                agentA());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/restrictions/");
        assertThat(created.body())
                .contains("\"type\":\"DISPUTE\"", "\"accountId\":\"" + account + "\"")
                .contains("\"from\":\"" + day.minusDays(20) + "\"", "\"until\":null", "\"lifted\":false");
        var refused = check(account, "CALL", asked, agentA());
        assertThat(refused.body())
                .contains("\"allowed\":false")
                .contains("DISPUTED: the debt is disputed since " + day.minusDays(20))
                .contains("\"nextAllowedAt\":null");
        assertThat(facts(account).getProperty("RESTRICTION_RECORDED")).isEqualTo("1");
        // The account's status shows it to integrators.
        assertThat(http("GET", "/api/v1/accounts/" + account, agentA(), null).body())
                .contains("\"type\":\"DISPUTE\"");
    }

    @Test
    void an_opt_out_of_calls_covers_the_client_and_once_lifted_no_longer_refuses() throws Exception {
        var account = scenario().getProperty("usEast");
        var businessDate = LocalDate.parse(scenario().getProperty("businessDate"));
        var asked = at(businessDate.plusDays(2), "12:00", NEW_YORK).toString();

        var created = post(
                "/api/v1/accounts/" + account + "/restrictions",
                "{\"type\":\"NO_CALL\",\"from\":\"" + businessDate + "\",\"until\":null}",
                agentA());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"type\":\"NO_CALL\"", "\"accountId\":null");
        var id = created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        assertThat(check(account, "CALL", asked, agentA()).body())
                .contains("\"allowed\":false", "OPTED_OUT: the client opted out of CALL", "\"nextAllowedAt\":null");
        assertThat(check(account, "SMS", asked, agentA()).body()).contains("\"allowed\":true");

        var lifted = post("/api/v1/accounts/" + account + "/restrictions/" + id + "/lift", "", agentA());
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.body()).contains("\"lifted\":true");
        assertThat(check(account, "CALL", asked, agentA()).body()).contains("\"allowed\":true");
        var again = post("/api/v1/accounts/" + account + "/restrictions/" + id + "/lift", "", agentA());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(facts(account).getProperty("RESTRICTION_LIFTED")).isEqualTo("1");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void malformed_requests_are_400_with_what_is_wrong() throws Exception {
        var account = scenario().getProperty("usEast");
        var contacts = "/api/v1/accounts/" + account + "/contacts";
        var yesterday = Instant.now().minusSeconds(86400);

        assertMalformed(post(contacts, "{not json", agentA()), "JSON");
        assertMalformed(
                post(contacts, contactJson("PIGEON", "OUTBOUND", yesterday, "NO_ANSWER", null, null), agentA()),
                "channel: 'PIGEON' is not one of CALL, SMS, EMAIL, LETTER, VISIT");
        assertMalformed(
                post(contacts, contactJson("CALL", "SIDEWAYS", yesterday, "NO_ANSWER", null, null), agentA()),
                "direction");
        assertMalformed(
                post(
                        contacts,
                        "{\"channel\":\"CALL\",\"direction\":\"OUTBOUND\",\"at\":\"yesterday\",\"outcome\":\"NO_ANSWER\"}",
                        agentA()),
                "at: 'yesterday' is not an ISO-8601 instant");
        assertMalformed(
                post(contacts, "{\"channel\":\"CALL\",\"direction\":\"OUTBOUND\",\"outcome\":\"NO_ANSWER\"}", agentA()),
                "at is required");
        assertMalformed(
                post(contacts, contactJson("CALL", "OUTBOUND", yesterday, "NO_ANSWER", "LAZY", null), agentA()),
                "reason: 'LAZY'");
        assertMalformed(check(account, "FAX", yesterday.toString(), agentA()), "channel: 'FAX'");
        assertMalformed(check(account, "CALL", "2026-13-40T99:00", agentA()), "at:");
        assertMalformed(
                post("/api/v1/accounts/" + account + "/restrictions", "{\"type\":\"SILENCE\"}", agentA()), "type");
        assertMalformed(
                post(
                        "/api/v1/accounts/" + account + "/restrictions",
                        "{\"type\":\"PAUSE\",\"from\":\"soon\"}",
                        agentA()),
                "from: 'soon' is not a date");
        assertThat(facts(account).getProperty("contacts")).isEqualTo("0");
    }

    @Test
    void values_that_make_no_sense_are_422() throws Exception {
        var account = scenario().getProperty("usEast");
        var contacts = "/api/v1/accounts/" + account + "/contacts";
        var yesterdayNoon = at(LocalDate.now(NEW_YORK).minusDays(1), "12:00", NEW_YORK);

        var delivered =
                post(contacts, contactJson("CALL", "OUTBOUND", yesterdayNoon, "DELIVERED", null, null), agentA());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(422);
        assertThat(delivered.body()).contains("\"error\":\"invalid\"", "outcome: DELIVERED");

        var future = post(
                contacts,
                contactJson("CALL", "OUTBOUND", Instant.now().plusSeconds(86400), "NO_ANSWER", null, null),
                agentA());
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("is in the future");

        var backwards = post(
                "/api/v1/accounts/" + account + "/restrictions",
                "{\"type\":\"PAUSE\",\"from\":\"2026-05-10\",\"until\":\"2026-05-01\"}",
                agentA());
        assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(422);
        assertThat(backwards.body()).contains("until: a restriction cannot end (2026-05-01) before it starts");
        var facts = facts(account);
        assertThat(facts.getProperty("contacts")).isEqualTo("0");
    }

    @Test
    void an_unknown_account_is_404_on_every_call() throws Exception {
        var yesterday = Instant.now().minusSeconds(86400);
        var check = check("NO-SUCH-ACCOUNT", "CALL", yesterday.toString(), ADMIN);
        var record = post(
                "/api/v1/accounts/NO-SUCH-ACCOUNT/contacts",
                contactJson("CALL", "INBOUND", yesterday, "RIGHT_PARTY", null, null),
                ADMIN);
        var restrict = post("/api/v1/accounts/NO-SUCH-ACCOUNT/restrictions", "{\"type\":\"CEASE\"}", ADMIN);

        for (var response : new HttpResponse<?>[] {check, record, restrict}) {
            assertThat(response.statusCode()).as(response.body().toString()).isEqualTo(404);
            assertThat(response.body().toString())
                    .contains("\"error\":\"not-found\"")
                    .contains("unknown account NO-SUCH-ACCOUNT");
        }
    }

    @Test
    void an_agent_gets_403_on_another_agents_account_and_nothing_is_stored() throws Exception {
        var account = scenario().getProperty("coOfB");
        var noon = at(LocalDate.now(BOGOTA).minusDays(1), "12:00", BOGOTA);

        var check = check(account, "CALL", noon.toString(), agentA());
        var record = post(
                "/api/v1/accounts/" + account + "/contacts",
                contactJson("CALL", "OUTBOUND", noon, "NO_ANSWER", null, null),
                agentA());
        var restrict = post("/api/v1/accounts/" + account + "/restrictions", "{\"type\":\"CEASE\"}", agentA());

        for (var response : new HttpResponse<?>[] {check, record, restrict}) {
            assertThat(response.statusCode()).as(response.body().toString()).isEqualTo(403);
            assertThat(response.body().toString()).contains("\"error\":\"forbidden\"");
        }
        var facts = facts(account);
        assertThat(facts.getProperty("contacts")).isEqualTo("0");
        assertThat(facts.getProperty("RESTRICTION_RECORDED")).isEqualTo("0");
    }

    @Test
    void an_admin_may_check_record_and_restrict_on_every_account() throws Exception {
        var account = scenario().getProperty("mxOfB");
        var noon = at(LocalDate.now(MEXICO_CITY).minusDays(5), "12:00", MEXICO_CITY);

        var check = check(account, "EMAIL", noon.toString(), ADMIN);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("\"allowed\":true");

        var record = post(
                "/api/v1/accounts/" + account + "/contacts",
                contactJson("EMAIL", "OUTBOUND", noon, "DELIVERED", null, "Recordatorio amable"),
                ADMIN);
        assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
        assertThat(record.body()).contains("\"channel\":\"EMAIL\"", "\"agent\":null");

        var ceaseFrom = LocalDate.now(MEXICO_CITY).minusDays(3);
        var restrict = post(
                "/api/v1/accounts/" + account + "/restrictions",
                "{\"type\":\"CEASE\",\"from\":\"" + ceaseFrom + "\"}",
                ADMIN);
        assertThat(restrict.statusCode()).as(restrict.body()).isEqualTo(201);
        assertThat(restrict.body()).contains("\"type\":\"CEASE\"", "\"accountId\":null");

        // A cease request allows nothing but its written confirmation, once.
        var afterCease = at(ceaseFrom.plusDays(1), "12:00", MEXICO_CITY);
        assertThat(check(account, "CALL", afterCease.toString(), ADMIN).body())
                .contains("\"allowed\":false", "CEASE_REQUESTED", "\"nextAllowedAt\":null");
        var confirmation = "{\"channel\":\"LETTER\",\"direction\":\"OUTBOUND\",\"at\":\"%s\","
                + "\"outcome\":\"DELIVERED\",\"purpose\":\"CEASE_CONFIRMATION\"}";
        var confirmed = post("/api/v1/accounts/" + account + "/contacts", confirmation.formatted(afterCease), ADMIN);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.body()).contains("\"purpose\":\"CEASE_CONFIRMATION\"");
        var twice = post(
                "/api/v1/accounts/" + account + "/contacts",
                confirmation.formatted(afterCease.plusSeconds(86400)),
                ADMIN);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("CEASE_REQUESTED", "the confirmation went out on " + ceaseFrom.plusDays(1));

        var facts = facts(account);
        assertThat(facts.getProperty("contacts")).isEqualTo("2");
        assertThat(facts.getProperty("CONTACT_RECORDED")).isEqualTo("2");
        assertThat(facts.getProperty("refusals")).startsWith("admin LETTER at");
    }

    @Test
    void the_calls_are_in_the_openapi_document() throws Exception {
        var openapi = Http.call("GET", Http.root(base) + "/openapi", null, null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/accounts/{accountId}/contact-check")
                .contains("/accounts/{accountId}/contacts")
                .contains("/accounts/{accountId}/restrictions")
                .contains("nextAllowedAt");
    }

    // ---------------------------------------------------------------- helpers

    private static Instant at(LocalDate day, String localTime, ZoneId zone) {
        return LocalDateTime.of(day, LocalTime.parse(localTime)).atZone(zone).toInstant();
    }

    private static String contactJson(
            String channel, String direction, Instant at, String outcome, String reason, String notes) {
        return "{\"channel\":\"" + channel + "\",\"direction\":\"" + direction + "\",\"at\":\"" + at
                + "\",\"outcome\":\"" + outcome + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + (notes == null ? "" : ",\"notes\":\"" + notes + "\"")
                + "}";
    }

    private static void assertMalformed(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"malformed\"").contains(reason);
    }

    private HttpResponse<String> check(String account, String channel, String at, String login) throws Exception {
        return http(
                "GET",
                "/api/v1/accounts/" + account + "/contact-check?channel=" + channel + "&at="
                        + URLEncoder.encode(at, StandardCharsets.UTF_8),
                login,
                null);
    }

    private Properties facts(String account) throws Exception {
        return Http.facts(http("GET", "/api/v1/test-fixtures/contacts/" + account + "/facts", ADMIN, null));
    }

    private HttpResponse<String> post(String path, String json, String login) throws Exception {
        return http("POST", path, login, json);
    }

    private HttpResponse<String> http(String method, String path, String login, String json) throws Exception {
        return Http.json(method, Http.url(base, path), login, Http.JSON_OR_TEXT, json);
    }
}

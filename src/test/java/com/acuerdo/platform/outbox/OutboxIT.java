package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.StoredFixtures;
import com.acuerdo.testing.WebSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against real servers: an in-process SMTP server (GreenMail) and a local HTTP server as
 * SMS gateway, both in this test JVM on free loopback ports that the container learns through a
 * test-only settings override. The scheduled worker runs too, racing the explicit runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:Demo.2026".getBytes(StandardCharsets.UTF_8));
    private static final String SMS_KEY = "test-key-" + UUID.randomUUID();
    private static final String FROM = "cobranza@acuerdo.test";
    private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");

    /** One request the gateway received. */
    record GatewayCall(long atMillis, String key, String contentType, String body) {}

    private static GreenMail smtp;
    private static HttpServer gateway;
    private static final List<GatewayCall> calls = new CopyOnWriteArrayList<>();
    /** Per phone number: how many requests the gateway still answers with 500. */
    private static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo()
                .addClasses(OutboxFixtures.class, OutboxTestSettings.class, StoredFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startServers() throws IOException {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            calls.add(new GatewayCall(
                    System.currentTimeMillis(), headers.getFirst("X-Api-Key"), headers.getFirst("Content-Type"), body));
            var to = TO.matcher(body);
            var failures = to.find() ? failuresLeft.get(to.group(1)) : null;
            boolean fail = failures != null && failures.getAndDecrement() > 0;
            var answer =
                    (fail ? "{\"error\":\"gateway down\"}" : "{\"accepted\":true}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
    }

    @AfterAll
    static void stopServers() {
        if (smtp != null) {
            smtp.stop();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @BeforeEach
    void pointTheContainerAtTheTestServers() throws Exception {
        var settings = String.join(
                "\n",
                "acuerdo.smtp.host=127.0.0.1",
                "acuerdo.smtp.port=" + smtp.getSmtp().getPort(),
                "acuerdo.smtp.from=" + FROM,
                "acuerdo.sms.url=http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                "acuerdo.sms.key=" + SMS_KEY,
                "acuerdo.outbox.retry.first-seconds=1",
                "acuerdo.outbox.retry.longest-seconds=4",
                "acuerdo.outbox.retry.max-attempts=5",
                "acuerdo.outbox.worker=true");
        assertThat(call("PUT", "settings", settings).statusCode()).isEqualTo(200);
    }

    @Test
    void an_email_arrives_with_its_subject_body_and_recipient() throws Exception {
        var recipient = "cliente-" + UUID.randomUUID() + "@acuerdo.test";
        long id = enqueue("EMAIL", recipient, "Recordatorio de su cuota", "Le recordamos que su cuota vence mañana.");

        assertThat(awaitSent(id).getProperty("attempts")).isEqualTo("1");

        var mail = mailsTo(recipient);
        assertThat(mail).hasSize(1);
        var message = mail.get(0);
        assertThat(message.getSubject()).isEqualTo("Recordatorio de su cuota");
        assertThat(((String) message.getContent()).strip()).isEqualTo("Le recordamos que su cuota vence mañana.");
        assertThat(message.getFrom()[0]).hasToString(FROM);
        assertThat(message.getHeader("X-Acuerdo-Reference")).containsExactly("acuerdo-outbox-" + id);
    }

    @Test
    void an_sms_reaches_the_gateway_as_documented_json_with_the_key_in_a_header() throws Exception {
        var phone = phone();
        long id = enqueue("SMS", phone, null, "Hola, su pago de hoy ya está disponible en la app.");

        awaitSent(id);

        var received = callsFor(phone);
        assertThat(received).hasSize(1);
        var call = received.get(0);
        assertThat(call.key()).isEqualTo(SMS_KEY);
        assertThat(call.contentType()).startsWith("application/json");
        var json = call.body();
        assertThat(json)
                .contains("\"to\":\"" + phone + "\"")
                .contains("\"text\":\"Hola, su pago de hoy ya está disponible en la app.\"")
                .contains("\"reference\":\"acuerdo-outbox-" + id + "\"");
    }

    @Test
    void a_failing_gateway_is_retried_with_backoff_until_it_accepts() throws Exception {
        var phone = phone();
        failuresLeft.put(phone, new AtomicInteger(2));
        long id = enqueue("SMS", phone, null, "Le recordamos su cuota de esta semana.");

        var state = awaitSent(id);

        assertThat(state.getProperty("attempts")).isEqualTo("3");
        assertThat(state.getProperty("lastError")).isEmpty();
        var received = callsFor(phone);
        assertThat(received).hasSize(3);
        // Backoff: 1 s after the first failure, 2 s after the second (first-seconds=1, doubling).
        assertThat(received.get(1).atMillis() - received.get(0).atMillis()).isGreaterThanOrEqualTo(1000);
        assertThat(received.get(2).atMillis() - received.get(1).atMillis()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void a_failed_attempt_keeps_its_error_until_the_next_one() throws Exception {
        var phone = phone();
        failuresLeft.put(phone, new AtomicInteger(1));
        long id = enqueue("SMS", phone, null, "Su estado de cuenta está disponible.");

        call("POST", "deliver", "");
        var afterFailure = state(id);
        // The scheduled worker may already have retried once the second passed.
        if (afterFailure.getProperty("status").equals("PENDING")) {
            assertThat(afterFailure.getProperty("attempts")).isEqualTo("1");
            assertThat(afterFailure.getProperty("lastError")).contains("500");
        }
        assertThat(awaitSent(id).getProperty("attempts")).isEqualTo("2");
    }

    @Test
    void a_message_is_never_sent_twice_even_when_workers_race() throws Exception {
        var recipient = "carrera-" + UUID.randomUUID() + "@acuerdo.test";
        long id = enqueue("EMAIL", recipient, "Recordatorio", "Un solo correo, aunque varios trabajadores lo vean.");

        var racers = Executors.newFixedThreadPool(6);
        try {
            var runs = new ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                runs.add(racers.submit(() -> call("POST", "deliver", "")));
            }
            for (var run : runs) {
                assertThat(run.get().statusCode()).isEqualTo(200);
            }
        } finally {
            racers.shutdownNow();
        }
        awaitSent(id);
        call("POST", "deliver", "");
        Thread.sleep(1500);

        assertThat(mailsTo(recipient)).hasSize(1);
        assertThat(properties(call("POST", "messages/" + id + "/claim", "").body())
                        .getProperty("claimed"))
                .isEqualTo("false");
        assertThat(state(id).getProperty("attempts")).isEqualTo("1");
    }

    @Test
    void a_threatening_text_is_refused_before_it_reaches_the_outbox() throws Exception {
        var phone = phone();
        var body = "Si no paga hoy, irá a la CÁRCEL y avisaremos a su empleador.";

        var response = call("POST", "messages", "channel=SMS\nrecipient=" + phone + "\nlanguage=es\nbody=" + body);

        assertThat(response.statusCode()).isEqualTo(409);
        var refusal = properties(response.body());
        assertThat(refusal.getProperty("expressions").split("\\|")).containsExactly("cárcel", "avisaremos * empleador");
        int start = body.indexOf("CÁRCEL");
        assertThat(refusal.getProperty("hits")).startsWith("CÁRCEL@" + start + "-" + (start + 6) + "|");
        assertThat(properties(call("GET", "messages?recipient=" + phone.replace("+", "%2B"), null)
                                .body())
                        .getProperty("count"))
                .isEqualTo("0");
        call("POST", "deliver", "");
        assertThat(callsFor(phone)).isEmpty();
    }

    @Test
    void the_administrator_sees_the_routes_and_the_latest_messages() throws Exception {
        var recipient = "pagina-" + UUID.randomUUID() + "@acuerdo.test";
        long id = enqueue("EMAIL", recipient, "Aviso", "Texto para la página de mensajes.");
        awaitSent(id);
        var browser = new WebSession(base);
        browser.signIn("admin", "Demo.2026");

        var page = browser.get("/admin/outbox.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Mensajes salientes")
                .contains("127.0.0.1:" + smtp.getSmtp().getPort())
                .contains(recipient)
                .contains("Enviado");
    }

    private long enqueue(String channel, String recipient, String subject, String body) throws Exception {
        var lines = "channel=" + channel + "\nrecipient=" + recipient + "\nlanguage=es\nbody=" + body
                + (subject == null ? "" : "\nsubject=" + subject);
        var response = call("POST", "messages", lines);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(properties(response.body()).getProperty("id"));
    }

    /** Runs the worker now and then until the message is SENT; fails on FAILED or after 30 s. */
    private Properties awaitSent(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            call("POST", "deliver", "");
            var state = state(id);
            var status = state.getProperty("status");
            if (status.equals("SENT")) {
                return state;
            }
            assertThat(status).as(state.toString()).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("still " + state).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private Properties state(long id) throws Exception {
        var response = call("GET", "messages/" + id, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return properties(response.body());
    }

    private static List<MimeMessage> mailsTo(String recipient) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (var message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(recipient))) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<GatewayCall> callsFor(String phone) {
        return calls.stream()
                .filter(call -> call.body().contains("\"to\":\"" + phone + "\""))
                .toList();
    }

    private static String phone() {
        return "+57300" + (1_000_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 8_999_999));
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "api/v1/test-fixtures/outbox/" + path))
                .header("Authorization", ADMIN)
                .header("Content-Type", "text/plain; charset=utf-8")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Properties properties(String lines) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(lines));
        return properties;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

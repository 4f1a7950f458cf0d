package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * SMS through the configured HTTP gateway: {@code POST <acuerdo.sms.url>} with
 * {@code Content-Type: application/json}, the key in the {@code X-Api-Key} header and the body
 * {@code {"to":"+573001112233","text":"…","reference":"acuerdo-outbox-42"}}. Any 2xx answer means
 * accepted; anything else, or no answer, is a failed attempt tried again later.
 */
@ApplicationScoped
public class SmsGatewaySender {

    public static final String KEY_HEADER = "X-Api-Key";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public void send(Outgoing message, DeliverySettings.SmsGateway gateway) {
        var json = Json.createObjectBuilder()
                .add("to", message.recipient())
                .add("text", message.body())
                .add("reference", message.reference())
                .build()
                .toString();
        var request = HttpRequest.newBuilder(gateway.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (gateway.key() != null) {
            request.header(KEY_HEADER, gateway.key());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailed("SMS gateway " + gateway.url() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while calling the SMS gateway", e);
        }
        if (response.statusCode() / 100 != 2) {
            var body = response.body() == null ? "" : response.body();
            throw new DeliveryFailed("SMS gateway answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}

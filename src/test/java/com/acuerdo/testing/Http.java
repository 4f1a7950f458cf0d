package com.acuerdo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The client-side (@RunAsClient) tests' HTTP calls to the deployment: Basic credentials, an Accept
 * header, no body, a JSON body or a form; and the {@code key=value} answers of the test fixtures.
 */
public final class Http {

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";
    public static final String JSON_OR_TEXT = "application/json, text/plain";
    public static final String TEXT_OR_JSON = "text/plain, application/json";

    private static final String FORM = "application/x-www-form-urlencoded";

    private Http() {}

    /** A path under the deployment's base address, whether or not that ends with a slash. */
    public static String url(URL base, String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** The server's own address (scheme, host and port), without the application's path. */
    public static String root(URL base) {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The Authorization header's value for {@code user:password}. */
    public static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** A call without a body. */
    public static HttpResponse<String> call(String method, String url, String userAndPassword, String accept)
            throws IOException, InterruptedException {
        return send(method, url, userAndPassword, accept, null, null);
    }

    /** A call with a JSON body, or without a body when {@code json} is null. */
    public static HttpResponse<String> json(
            String method, String url, String userAndPassword, String accept, String json)
            throws IOException, InterruptedException {
        return send(method, url, userAndPassword, accept, json == null ? null : JSON, json);
    }

    /** A call with a form body, already encoded. */
    public static HttpResponse<String> form(
            String method, String url, String userAndPassword, String accept, String encodedForm)
            throws IOException, InterruptedException {
        return send(method, url, userAndPassword, accept, FORM, encodedForm);
    }

    /** A call with a form body, its values encoded here in the map's order. */
    public static HttpResponse<String> form(
            String method, String url, String userAndPassword, String accept, Map<String, String> form)
            throws IOException, InterruptedException {
        return form(method, url, userAndPassword, accept, encode(form));
    }

    /**
     * The call itself; a null {@code userAndPassword}, {@code accept} or {@code contentType} leaves
     * that header out, a null {@code body} sends none.
     */
    public static HttpResponse<String> send(
            String method, String url, String userAndPassword, String accept, String contentType, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (userAndPassword != null) {
            request.header("Authorization", basic(userAndPassword));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code key=value} lines as properties. */
    public static Properties properties(String body) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A fixture's answer: 200 (or the body shown as the failure) and its {@code key=value} lines. */
    public static Properties facts(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return properties(response.body());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

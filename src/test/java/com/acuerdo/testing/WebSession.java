package com.acuerdo.testing;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar, no redirects followed, the JSF login form posted as a
 * person would (with the page's ViewState). For tests that check statuses and headers over HTTP.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** {@code base} is the application's root, e.g. Arquillian's deployment URL. */
    public WebSession(URL base) {
        this.base = base.toString().replaceAll("/$", "");
    }

    /** The ViewState of a rendered JSF page; fails the test when the page has none. */
    public static String viewState(String html) {
        var matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no jakarta.faces.ViewState on the page:\n" + html);
        }
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, form, HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose answer is a file (e.g. a PDF download). */
    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> form) throws Exception {
        return post(path, form, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> post(String path, Map<String, String> form, HttpResponse.BodyHandler<T> answer)
            throws Exception {
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                answer);
    }

    /** Posts the login form; a successful login answers 302 to the role's home. */
    public HttpResponse<String> logIn(String username, String password) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(get("/login.xhtml").body()));
        return post("/login.xhtml", form);
    }

    /** Logs in and fails the test unless the login is accepted. */
    public void signIn(String username, String password) throws Exception {
        var response = logIn(username, password);
        if (response.statusCode() != 302) {
            throw new AssertionError("login of " + username + " answered " + response.statusCode());
        }
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Plants a session cookie, e.g. to try an old session id after a login changed it. */
    public void useSessionId(String id, URL at) throws Exception {
        var cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath(at.getPath().replaceAll("/$", ""));
        cookie.setVersion(0);
        cookies.getCookieStore().add(at.toURI(), cookie);
    }

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

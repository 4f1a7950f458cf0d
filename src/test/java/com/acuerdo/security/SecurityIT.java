package com.acuerdo.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.WebSession;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Sign-in, authorisation, sessions, CSRF, error pages and the REST error contract, against the real
 * WAR with the demo users (test.properties loads them). Each test uses its own demo users, so the
 * order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PASSWORD = "Demo.2026";
    /** Signs of a stack trace (exception class names alone also appear in PrimeFaces' error-page settings). */
    private static final List<String> STACK_TRACE_SIGNS =
            List.of("Exception:", "\tat ", "at com.acuerdo", ".java:", "Caused by", "Stacktrace", "stack trace");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClass(SecurityFixtures.class);
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- screens, in a browser

    record RoleCase(
            String username,
            String displayName,
            String home,
            String titleEs,
            String titleEn,
            Set<String> menu,
            String refusedPage) {}

    private static final List<RoleCase> ROLES = List.of(
            new RoleCase(
                    "agent01",
                    "Andrés Gómez",
                    "/agent/worklist.xhtml",
                    "Mi cartera",
                    "My worklist",
                    Set.of("/agent/worklist.xhtml", "/agent/reviews.xhtml"),
                    "/admin/jobs.xhtml"),
            new RoleCase(
                    "supervisor1",
                    "Carlos Mendoza",
                    "/supervisor/team.xhtml",
                    "Mi equipo",
                    "My team",
                    Set.of(
                            "/supervisor/team.xhtml",
                            "/supervisor/cases.xhtml",
                            "/supervisor/dashboard.xhtml",
                            "/supervisor/approvals.xhtml",
                            "/supervisor/reviews.xhtml",
                            "/supervisor/disputes.xhtml",
                            "/supervisor/coaching.xhtml",
                            "/supervisor/config/talking-points.xhtml",
                            "/agent/worklist.xhtml",
                            "/qa/queue.xhtml",
                            "/qa/calibration.xhtml"),
                    "/admin/jobs.xhtml"),
            new RoleCase(
                    "qa",
                    "Lucía Fernández",
                    "/qa/queue.xhtml",
                    "Cola de calidad",
                    "Quality queue",
                    Set.of("/qa/queue.xhtml", "/qa/calibration.xhtml", "/qa/scorecards.xhtml"),
                    "/supervisor/team.xhtml"),
            new RoleCase(
                    "admin",
                    "Ana Torres",
                    "/admin/jobs.xhtml",
                    "Procesos nocturnos",
                    "Nightly jobs",
                    Set.of(
                            "/admin/jobs.xhtml",
                            "/admin/audit.xhtml",
                            "/admin/outbox.xhtml",
                            "/supervisor/team.xhtml",
                            "/supervisor/cases.xhtml",
                            "/supervisor/dashboard.xhtml",
                            "/supervisor/approvals.xhtml",
                            "/supervisor/reviews.xhtml",
                            "/supervisor/disputes.xhtml",
                            "/supervisor/coaching.xhtml",
                            "/supervisor/config/talking-points.xhtml",
                            "/qa/scorecards.xhtml"),
                    "/agent/worklist.xhtml"));

    @Test
    void each_role_lands_on_its_home_sees_its_menu_and_is_refused_another_roles_page_in_both_languages() {
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/login.xhtml"));
            assertThat(title(driver)).isEqualTo("Iniciar sesión");
            browser.screenshot("login-es");
            Browser.clickAndWait(driver, By.id("lang:en"));
            assertThat(title(driver)).isEqualTo("Sign in");
            browser.screenshot("login-en");

            for (var role : ROLES) {
                browser.forgetCookies();
                logIn(driver, role.username(), PASSWORD);

                assertThat(driver.getCurrentUrl()).endsWith(role.home());
                assertThat(title(driver)).as(role.username()).isEqualTo(role.titleEs());
                assertThat(driver.findElement(By.id("displayName")).getText()).isEqualTo(role.displayName());
                assertThat(menu(driver)).as(role.username() + "'s menu").isEqualTo(role.menu());
                assertThat(driver.findElement(By.id("zone")).getText()).startsWith("America/");
                browser.screenshot(role.username() + "-home-es");

                Browser.clickAndWait(driver, By.id("lang:en"));
                assertThat(title(driver)).isEqualTo(role.titleEn());
                assertThat(driver.findElement(By.id("logout:logoutButton")).getText())
                        .isEqualTo("Sign out");
                browser.screenshot(role.username() + "-home-en");

                driver.get(url(role.refusedPage()));
                assertThat(title(driver)).isEqualTo("Access not allowed");
                assertNoStackTrace(driver.getPageSource());
                Browser.clickAndWait(driver, By.id("lang:es"));
                assertThat(title(driver)).isEqualTo("Acceso no permitido");
                if (role.username().equals("agent01")) {
                    browser.screenshot("forbidden-es");
                }

                Browser.clickAndWait(driver, By.id("logout:logoutButton"));
                assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
                assertThat(driver.findElement(By.id("bye")).getText()).contains("Cerró su sesión");
                driver.get(url(role.home()));
                assertThat(driver.getCurrentUrl()).as("after logout").contains("/login.xhtml");
            }
        }
    }

    @Test
    void a_wrong_password_shows_a_clear_message_and_a_protected_page_is_reached_after_login() {
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/agent/worklist.xhtml"));
            assertThat(driver.getCurrentUrl()).contains("/login.xhtml");

            logIn(driver, "agent08", "not-the-password");
            assertThat(messages(driver)).contains("Usuario o contraseña incorrectos");
            browser.screenshot("login-wrong-password-es");

            logIn(driver, "agent08", PASSWORD);
            assertThat(driver.getCurrentUrl()).endsWith("/agent/worklist.xhtml");
        }
    }

    @Test
    void five_wrong_passwords_lock_the_user_even_for_the_right_password() throws Exception {
        // A fresh user: a locked demo user would break other test classes sharing the database.
        var fresh = api("POST", "/test-fixtures/security/agent", "admin:" + PASSWORD, null);
        assertThat(fresh.statusCode()).isEqualTo(200);
        var username = fresh.body().replaceAll(".*\"username\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(url("/login.xhtml"));
            for (int attempt = 1; attempt <= 4; attempt++) {
                logIn(driver, username, "wrong-" + attempt);
                assertThat(messages(driver)).contains("Usuario o contraseña incorrectos");
            }
            logIn(driver, username, "wrong-5");
            assertThat(messages(driver)).contains("bloqueado");

            logIn(driver, username, SecurityFixtures.PASSWORD);
            assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
            assertThat(messages(driver)).contains("bloqueado");
            browser.screenshot("login-locked-es");
        }
    }

    private void logIn(WebDriver driver, String username, String password) {
        driver.get(url("/login.xhtml"));
        var user = driver.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        var secret = driver.findElement(By.id("login:password"));
        secret.clear();
        secret.sendKeys(password);
        Browser.clickAndWait(driver, By.id("login:submit"));
    }

    private static String title(WebDriver driver) {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    private static String messages(WebDriver driver) {
        try {
            return driver.findElement(By.id("login:messages")).getText();
        } catch (org.openqa.selenium.NoSuchElementException e) {
            throw new AssertionError(
                    "no login messages on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
    }

    private Set<String> menu(WebDriver driver) {
        var context = base.getPath().replaceAll("/$", "");
        return driver.findElements(By.cssSelector("#menu a[href]")).stream()
                .map(link -> URI.create(link.getAttribute("href")).getPath())
                .map(path -> path.substring(context.length()))
                .collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- sessions and CSRF, over HTTP

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        var web = new WebSession(base);
        for (var page : List.of("/", "/agent/worklist.xhtml", "/admin/jobs.xhtml", "/qa/queue.xhtml")) {
            var response = web.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(page)
                    .endsWith("/login.xhtml");
        }
        assertThat(web.get("/login.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_its_id_changes_at_login() throws Exception {
        var web = new WebSession(base);
        var loginPage = web.get("/login.xhtml");
        var setCookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        var before = web.sessionId();

        var afterLogin = web.logIn("agent02", PASSWORD);
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        assertThat(afterLogin.headers().firstValue("Location").orElseThrow()).endsWith("/agent/worklist.xhtml");
        assertThat(web.sessionId()).isNotNull().isNotEqualTo(before);

        // The id from before login is worthless now.
        var planted = new WebSession(base);
        planted.useSessionId(before, base);
        assertThat(planted.get("/agent/worklist.xhtml").statusCode()).isEqualTo(302);
        assertThat(web.get("/agent/worklist.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void logout_invalidates_the_session() throws Exception {
        var web = new WebSession(base);
        web.logIn("agent03", PASSWORD);
        var sessionId = web.sessionId();
        var page = web.get("/agent/worklist.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);

        var logout = web.post("/agent/worklist.xhtml", logoutForm(WebSession.viewState(page.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");

        var replay = new WebSession(base);
        replay.useSessionId(sessionId, base);
        assertThat(replay.get("/agent/worklist.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void a_forged_post_without_a_valid_view_state_is_refused_and_does_nothing() throws Exception {
        var web = new WebSession(base);
        web.logIn("agent04", PASSWORD);

        var forged = web.post("/agent/worklist.xhtml", logoutForm("4711:-123456789"));
        assertThat(forged.body()).contains("La página o la sesión expiró").contains("No se realizó ninguna acción");
        assertNoStackTrace(forged.body());
        assertThat(web.get("/agent/worklist.xhtml").statusCode())
                .as("still signed in")
                .isEqualTo(200);

        var withoutViewState = web.post("/agent/worklist.xhtml", logoutForm(null));
        assertThat(withoutViewState.statusCode()).isNotEqualTo(302);
        assertThat(web.get("/agent/worklist.xhtml").statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    @Test
    void error_pages_are_friendly_and_show_no_stack_trace_and_refusals_are_audited() throws Exception {
        var agent = new WebSession(base);
        agent.logIn("agent05", PASSWORD);

        var missing = agent.get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Página no encontrada");
        assertNoStackTrace(missing.body());

        var refused = agent.get("/admin/audit.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Acceso no permitido");
        assertNoStackTrace(refused.body());

        var admin = new WebSession(base);
        admin.logIn("admin", PASSWORD);
        var audit = admin.get("/admin/audit.xhtml");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).containsPattern("agent05[\\s\\S]*ACCESS_DENIED|ACCESS_DENIED[\\s\\S]*agent05");
        assertThat(audit.body()).contains("LOGIN");
    }

    private static Map<String, String> logoutForm(String viewState) {
        var form = new LinkedHashMap<String, String>();
        form.put("logout", "logout");
        form.put("logout:logoutButton", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    private static void assertNoStackTrace(String html) {
        for (var sign : STACK_TRACE_SIGNS) {
            assertThat(html).as("error page leaks '" + sign + "'").doesNotContain(sign);
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** A browser-like HTTP client: keeps cookies, follows no redirects. */

    // ---------------------------------------------------------------- REST

    @Test
    void the_api_without_credentials_is_401_json_without_a_redirect() throws Exception {
        var response = api("GET", "/business-date", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Basic");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).contains("\"error\":\"unauthorized\"").contains("\"reasons\":[");

        var wrong = api("GET", "/business-date", "agent11:wrong-password", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void only_an_admin_may_move_the_business_date_and_errors_are_json() throws Exception {
        var byAgent = api("PUT", "/business-date", "agent06:" + PASSWORD, "{\"date\":\"2026-04-01\"}");
        assertThat(byAgent.statusCode()).isEqualTo(403);
        assertThat(byAgent.body()).contains("\"error\":\"forbidden\"").contains("\"reasons\":[");

        var byAdmin = api("PUT", "/business-date", "admin:" + PASSWORD, "{\"date\":\"2026-04-02\"}");
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        var read = api("GET", "/business-date", "agent06:" + PASSWORD, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"date\":\"2026-04-02\"");

        var malformed = api("PUT", "/business-date", "admin:" + PASSWORD, "{\"date\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"error\":\"malformed\"");
        assertNoStackTrace(malformed.body());

        var unknown = api("GET", "/no-such-resource", "admin:" + PASSWORD, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"not-found\"");
    }

    private HttpResponse<String> api(String method, String path, String userAndPassword, String json) throws Exception {
        return Http.json(method, url("/api/v1" + path), userAndPassword, Http.JSON, json);
    }
}

package com.acuerdo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations rely on: the business date API, the health probes and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    /** The demo admin (test.properties loads the demo users); the API needs HTTP Basic. */
    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:Demo.2026".getBytes(StandardCharsets.UTF_8));

    private static final Pattern DATE = Pattern.compile("\"date\":\"(\\d{4}-\\d{2}-\\d{2})\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo();
    }

    @ArquillianResource
    URL base;

    @Test
    void the_business_date_is_read_and_moved_where_the_test_setting_allows_it() throws Exception {
        var original = businessDate();
        try {
            var next = original.plusDays(1);
            assertThat(putBusinessDate(next).statusCode()).isEqualTo(200);
            assertThat(businessDate()).isEqualTo(next);
        } finally {
            // The database may be shared with other test classes (PostgreSQL in CI): put it back.
            assertThat(putBusinessDate(original).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readiness_reports_the_database() throws Exception {
        var response = get(serverRoot("/health/ready"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
    }

    @Test
    void the_openapi_document_describes_the_integration_api() throws Exception {
        var response = get(serverRoot("/openapi"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Acuerdo integration API").contains("/api/v1/business-date");
    }

    private LocalDate businessDate() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "api/v1/business-date"))
                .header("Authorization", ADMIN)
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var matcher = DATE.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return LocalDate.parse(matcher.group(1));
    }

    private HttpResponse<String> putBusinessDate(LocalDate date) throws Exception {
        var put = HttpRequest.newBuilder(URI.create(base + "api/v1/business-date"))
                .header("Content-Type", "application/json")
                .header("Authorization", ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\"}"))
                .build();
        return http.send(put, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The test deployment has its own context root; Payara's probes sit at the server's root. */
    private URI serverRoot(String path) {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
    }
}

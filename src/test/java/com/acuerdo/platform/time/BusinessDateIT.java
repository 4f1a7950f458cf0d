package com.acuerdo.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessDateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo();
    }

    /** The demo admin (test.properties loads the demo users); the API needs HTTP Basic. */
    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:Demo.2026".getBytes(StandardCharsets.UTF_8));

    @ArquillianResource
    URL base;

    @Test
    void business_date_can_be_read_and_moved_in_test_mode() throws Exception {
        var http = HttpClient.newHttpClient();
        var put = HttpRequest.newBuilder(URI.create(base + "api/v1/business-date"))
                .header("Content-Type", "application/json")
                .header("Authorization", ADMIN)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"date\":\"2026-03-10\"}"))
                .build();
        assertThat(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        var get = HttpRequest.newBuilder(URI.create(base + "api/v1/business-date"))
                .header("Authorization", ADMIN)
                .build();
        var body = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).contains("\"date\":\"2026-03-10\"");
    }
}

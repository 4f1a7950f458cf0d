package com.acuerdo.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output, so container tests run what ships. */
public final class Deployments {

    private static final String WEB_XML = "WEB-INF/web.xml";

    /**
     * Arquillian's servlet protocol runs in-container tests through this path; the application
     * protects every path, so the test archive (only) leaves the runner open.
     */
    private static final String TEST_RUNNER_OPEN =
            """
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>Arquillian test runner (test archive only)</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-app>""";

    private Deployments() {}

    /**
     * The shipped WAR, for client-side (@RunAsClient) tests, plus the shared test-only helpers the
     * fixture classes use inside the server.
     */
    public static WebArchive acuerdo() {
        var war = new File(System.getProperty("acuerdo.war", "target/acuerdo.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(FixtureUsers.class, FixtureCases.class, FixtureRequests.class);
    }

    /** The shipped WAR plus the given test classes, runnable in the container. */
    public static WebArchive acuerdoWithTests(Class<?>... testClasses) {
        var archive = acuerdo();
        var webXml = read(archive);
        archive.delete(WEB_XML);
        archive.addAsWebInfResource(new StringAsset(webXml.replace("</web-app>", TEST_RUNNER_OPEN)), "web.xml");
        return archive.addClasses(testClasses);
    }

    private static String read(WebArchive archive) {
        try (var in = archive.get(WEB_XML).getAsset().openStream()) {
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

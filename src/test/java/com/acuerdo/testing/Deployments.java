package com.acuerdo.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output, so container tests run what ships. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive acuerdo() {
        var war = new File(System.getProperty("acuerdo.war", "target/acuerdo.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

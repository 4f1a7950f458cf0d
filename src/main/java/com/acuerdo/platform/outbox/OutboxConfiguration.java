package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/** The delivery settings as configured now (read at each delivery, so a change needs no redeploy). */
@ApplicationScoped
public class OutboxConfiguration {

    public DeliverySettings current() {
        var config = ConfigProvider.getConfig();
        return DeliverySettings.from(name -> config.getOptionalValue(name, String.class), defaultFolder());
    }

    /** Beside Payara's runtime files (--rootdir) when there is one, else under the working folder. */
    static Path defaultFolder() {
        var instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        return instanceRoot == null
                ? Path.of(System.getProperty("user.dir"), "data", "outbox")
                : Path.of(instanceRoot, "outbox");
    }
}

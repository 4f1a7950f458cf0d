package com.acuerdo.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The folders of the intake, from MicroProfile Config: {@code acuerdo.imports.inbox} (default
 * {@code ${acuerdo.data.dir}/inbox}), where the core bank drops files for the night, and
 * {@code acuerdo.imports.store} (default {@code ${acuerdo.data.dir}/imports}), where each import keeps
 * its copy of the file so a restarted job reads the same bytes. Without {@code acuerdo.data.dir} the
 * data folder is {@code acuerdo-data} under the temporary folder.
 */
@ApplicationScoped
public class IntakeFolders {

    public Path inbox() {
        return configured("acuerdo.imports.inbox", "inbox");
    }

    public Path store() {
        return configured("acuerdo.imports.store", "imports");
    }

    public static Path dataDir(Config config) {
        return config.getOptionalValue("acuerdo.data.dir", String.class)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "acuerdo-data"));
    }

    private static Path configured(String key, String underDataDir) {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue(key, String.class).map(Path::of).orElseGet(() -> dataDir(config)
                .resolve(underDataDir));
    }
}

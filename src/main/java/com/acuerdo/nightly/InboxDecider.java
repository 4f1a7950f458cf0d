package com.acuerdo.nightly;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before the chain's inbox step: IMPORT when the inbox folder ({@code acuerdo.imports.inbox}, default
 * {@code ${acuerdo.data.dir}/inbox}) holds at least one file, else SKIP.
 */
@Dependent
@Named("inboxDecider")
public class InboxDecider implements Decider {

    public static final String IMPORT = "IMPORT";
    public static final String SKIP = "SKIP";

    @Inject
    @ConfigProperty(name = "acuerdo.imports.inbox")
    Optional<String> inbox;

    @Inject
    @ConfigProperty(name = "acuerdo.data.dir")
    Optional<String> dataDir;

    @Override
    public String decide(StepExecution[] executions) {
        return decide(inbox.or(() -> dataDir.map(dir -> dir + "/inbox")).map(Path::of));
    }

    static String decide(Optional<Path> folder) {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return SKIP;
        }
        try (var files = Files.list(folder.get())) {
            return files.anyMatch(Files::isRegularFile) ? IMPORT : SKIP;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inbox " + folder.get(), e);
        }
    }
}

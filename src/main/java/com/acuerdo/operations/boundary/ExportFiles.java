package com.acuerdo.operations.boundary;

import com.acuerdo.casework.batch.CoreBankExports;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The files written for the core bank (changed conditions, by the escalation job) in the folder
 * {@code acuerdo.exports.dir} (default {@code ${acuerdo.data.dir}/exports}): listed and handed out
 * to IT, never changed here.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ExportFiles {

    public record ExportFile(String name, long size, Instant modified) {}

    @Inject
    CoreBankExports exports;

    /** Where the nightly escalation writes the core bank's files ({@code acuerdo.exports.dir}). */
    public Path folder() {
        return exports.folder();
    }

    /** Newest first. */
    public List<ExportFile> list() {
        var folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(ExportFiles::describe)
                    .sorted(Comparator.comparing(ExportFile::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the folder by name; a name that leaves the folder is unknown. */
    public InputStream open(String name) {
        var folder = folder().toAbsolutePath().normalize();
        var file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_EXPORT", "name", name));
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExportFile describe(Path file) {
        try {
            return new ExportFile(
                    file.getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.acuerdo.intake.batch;

import com.acuerdo.intake.boundary.IntakeEvent;
import com.acuerdo.intake.control.CsvFile;
import com.acuerdo.intake.control.FileRefused;
import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.IntakeFolders;
import com.acuerdo.intake.control.RowRules;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.intake.entity.ImportLedger;
import com.acuerdo.intake.entity.ImportRun;
import com.acuerdo.intake.entity.ImportSource;
import com.acuerdo.platform.audit.Audit;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The inbox step of the nightly chain: imports every file of the inbox folder in the order
 * customers, accounts, bills, payments (a file's name starts with its kind, e.g.
 * {@code payments-2026-03-10.csv}) and moves each to {@code done/}, or to {@code failed/} when the
 * whole file was refused or its name names no kind. Rows are loaded in chunks of 1000, each in its
 * own transaction with its counts and rejects; a file stays in the inbox until it is finished, so a
 * restarted chain imports it again, which changes nothing that already landed.
 */
@Dependent
@Named("inboxImport")
public class InboxImport extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(InboxImport.class.getName());
    private static final int CHUNK = 1000;

    @Inject
    PaymentPostings postings;

    @Inject
    StagedPosting posting;

    @Inject
    IntakeFolders folders;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportChunk chunk;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    JobContext job;

    @Resource
    UserTransaction transaction;

    /** Optional: another folder than the configured inbox (a job XML property; tests use it). */
    @Inject
    @BatchProperty(name = "inbox")
    String inboxFolder;

    private volatile boolean stopping;

    private record Incoming(Path file, Optional<ImportKind> kind) {}

    @Override
    public String process() throws Exception {
        var inbox = inboxFolder == null || inboxFolder.isBlank() ? folders.inbox() : Path.of(inboxFolder);
        if (!Files.isDirectory(inbox)) {
            return "EMPTY";
        }
        int imported = 0;
        int failed = 0;
        for (var incoming : incoming(inbox)) {
            if (stopping) {
                return "STOPPED";
            }
            if (incoming.kind().isEmpty()) {
                LOG.warning(() -> "inbox: " + incoming.file().getFileName()
                        + " does not start with customers, accounts, bills or payments; moved to failed/");
                moveTo(inbox.resolve("failed"), incoming.file(), null);
                failed++;
                continue;
            }
            var outcome = importFile(incoming.file(), incoming.kind().get());
            if (outcome == null) {
                return "STOPPED";
            }
            moveTo(inbox.resolve(outcome.failure().isPresent() ? "failed" : "done"), incoming.file(), outcome.id());
            if (outcome.failure().isPresent()) {
                failed++;
            } else {
                imported++;
            }
        }
        var exit = "IMPORTED " + imported + " FILES, " + failed + " FAILED";
        job.setExitStatus(exit);
        return exit;
    }

    /** The inbox's files in the order their references need: customers before accounts, and so on. */
    static List<Path> ordered(List<Path> files) {
        return files.stream()
                .sorted(Comparator.comparing(
                                (Path f) -> kindOf(f).map(Enum::ordinal).orElse(-1))
                        .thenComparing(f -> f.getFileName().toString()))
                .toList();
    }

    static Optional<ImportKind> kindOf(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(ImportKind.values())
                .filter(k -> name.startsWith(k.path()))
                .findFirst();
    }

    private List<Incoming> incoming(Path inbox) throws IOException {
        try (var files = Files.list(inbox)) {
            var regular = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList();
            return ordered(regular).stream()
                    .map(f -> new Incoming(f, kindOf(f)))
                    .toList();
        }
    }

    /** @return the finished run, or null when the job was asked to stop (the file stays) */
    private ImportRun importFile(Path file, ImportKind kind) throws Exception {
        var run = ledger.add(new ImportRun(
                kind,
                file.getFileName().toString(),
                file.toString(),
                ImportSource.INBOX,
                Audit.SYSTEM,
                Instant.now(clock)));
        long id = run.id();
        var stored = Files.createDirectories(folders.store()).resolve(id + "-" + kind.path() + ".csv");
        Files.copy(file, stored, StandardCopyOption.REPLACE_EXISTING);
        ledger.storedAt(id, stored.toString());
        try {
            CsvFile.check(stored, kind);
        } catch (FileRefused refused) {
            ledger.refuse(id, refused.line(), refused.reason(), null);
            return ledger.find(id).orElseThrow();
        }
        if (kind == ImportKind.PAYMENTS) {
            try {
                postings.stage(id); // staged and posted set-based, as the payments job does
                posting.post(id);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "inbox: import of " + file.getFileName() + " failed", e);
                ledger.refuse(id, 0, "the import failed: " + e.getMessage(), null);
            }
            return imported(id, file, kind);
        }
        try (var csv = CsvFile.open(stored, kind)) {
            var rows = new ArrayList<ImportRow>(CHUNK);
            for (var row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(RowRules.check(kind, row.get()));
                if (rows.size() == CHUNK) {
                    load(id, kind, rows);
                    rows.clear();
                    if (stopping) {
                        return null;
                    }
                }
            }
            load(id, kind, rows);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "inbox: import of " + file.getFileName() + " failed", e);
            ledger.refuse(id, 0, "the import failed: " + e.getMessage(), null);
        }
        return imported(id, file, kind);
    }

    private ImportRun imported(long id, Path file, ImportKind kind) {
        audit.recordAs(
                Audit.SYSTEM,
                IntakeEvent.INBOX_IMPORTED,
                "ImportRun",
                id,
                kind.path() + " file '" + file.getFileName() + "'");
        return ledger.find(id).orElseThrow();
    }

    private void load(long importId, ImportKind kind, List<ImportRow> rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        boolean own = transaction.getStatus() == Status.STATUS_NO_TRANSACTION;
        if (own) {
            transaction.begin();
        }
        try {
            chunk.load(importId, kind, List.copyOf(rows));
            if (own) {
                transaction.commit();
            }
        } catch (Exception e) {
            if (own && transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static void moveTo(Path folder, Path file, Long importId) throws IOException {
        Files.createDirectories(folder);
        var target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(file.getFileName() + "." + (importId == null ? System.nanoTime() : importId));
        }
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void stop() {
        stopping = true;
    }
}

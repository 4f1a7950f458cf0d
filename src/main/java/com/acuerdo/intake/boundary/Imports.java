package com.acuerdo.intake.boundary;

import com.acuerdo.intake.batch.ImportJob;
import com.acuerdo.intake.control.IntakeFolders;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.intake.entity.ImportLedger;
import com.acuerdo.intake.entity.ImportRun;
import com.acuerdo.intake.entity.ImportSource;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Imports of the core bank's files (customers, accounts, bills, payments) as Jakarta Batch jobs. The
 * file is kept in the intake's store under the import's id, so a restarted job reads the same bytes.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Imports {

    /** The API lists at most this many rejects; the CSV download has them all. */
    public static final int MAX_LISTED_REJECTS = 10_000;

    @Inject
    ImportLedger ledger;

    @Inject
    IntakeFolders folders;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Stores the file and starts its import job. No transaction of its own: the run is committed
     * before the job starts, so the job finds it.
     *
     * @return the job execution id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(ImportKind kind, String fileName, InputStream content) {
        var run = ledger.add(new ImportRun(
                kind,
                fileName == null || fileName.isBlank() ? kind.path() + ".csv" : fileName,
                "-",
                ImportSource.UPLOAD,
                session.getCallerPrincipal().getName(),
                Instant.now(clock)));
        var stored = store(run.id(), kind, content);
        ledger.storedAt(run.id(), stored.toString());
        var operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(kind.jobName(), ImportJob.parameters(run.id()));
        ledger.startedAs(run.id(), operator.getJobInstance(executionId).getInstanceId(), executionId);
        audit.record(
                IntakeEvent.IMPORT_STARTED,
                "ImportRun",
                run.id(),
                kind.path() + " file '" + run.fileName() + "', execution " + executionId);
        return executionId;
    }

    private Path store(long importId, ImportKind kind, InputStream content) {
        try {
            var folder = Files.createDirectories(folders.store());
            var target = folder.resolve(importId + "-" + kind.path() + ".csv");
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the import file: " + e.getMessage(), e);
        }
    }

    /** The import a job execution belongs to, with the status of that import's latest execution. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportStatus status(long executionId) {
        var operator = BatchRuntime.getJobOperator();
        // The status first, then the counts: a job that ends in between shows its final counts.
        var latest = runOf(operator, executionId).map(run -> latestExecution(operator, executionId));
        var run = latest.flatMap(execution -> runOf(operator, executionId))
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_IMPORT", "executionId", executionId)));
        return view(run, latest.get().getBatchStatus().name(), MAX_LISTED_REJECTS);
    }

    /** Every reject of an import, for the CSV download. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportStatus rejectsOf(long importId) {
        var run = ledger.find(importId)
                .orElseThrow(
                        () -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_IMPORT", "importId", importId)));
        return view(ledger.find(importId).orElseThrow(), statusOf(run), Integer.MAX_VALUE);
    }

    /** The latest imports, newest first, without their rejects. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportStatus> latest(int max) {
        return ledger.latest(max).stream()
                .map(run -> {
                    var status = statusOf(run);
                    return view(ledger.find(run.id()).orElse(run), status, 0);
                })
                .toList();
    }

    /** Read before the counts (each read is fresh, outside a transaction), so final counts are never missed. */
    private String statusOf(ImportRun run) {
        return run.firstExecutionId()
                .map(id -> latestExecution(BatchRuntime.getJobOperator(), id)
                        .getBatchStatus()
                        .name())
                .orElse(run.failure().isPresent() ? "FAILED" : "COMPLETED");
    }

    /** The import of a job execution, if it is one (for the jobs page's rejected counts). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportStatus> ofExecution(long executionId) {
        var operator = BatchRuntime.getJobOperator();
        return runOf(operator, executionId).map(run -> view(run, "", 0));
    }

    private Optional<ImportRun> runOf(JobOperator operator, long executionId) {
        try {
            var execution = operator.getJobExecution(executionId);
            if (ImportKind.ofJobName(execution.getJobName()).isEmpty()) {
                return Optional.empty();
            }
            var importId = operator.getParameters(executionId).getProperty(ImportJob.IMPORT_ID);
            return importId == null ? Optional.empty() : ledger.find(Long.parseLong(importId));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private static JobExecution latestExecution(JobOperator operator, long executionId) {
        var instance = operator.getJobInstance(executionId);
        return operator.getJobExecutions(instance).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseGet(() -> operator.getJobExecution(executionId));
    }

    private ImportStatus view(ImportRun run, String status, int maxRejects) {
        var rejects = maxRejects == 0
                ? List.<ImportStatus.RejectLine>of()
                : ledger.rejects(run.id(), maxRejects).stream()
                        .map(r -> new ImportStatus.RejectLine(r.line(), r.reason(), r.rawRow()))
                        .toList();
        return new ImportStatus(
                run.id(),
                run.kind().path(),
                run.fileName(),
                status,
                run.read(),
                run.accepted(),
                run.rejected(),
                run.inserted(),
                run.updated(),
                run.unchanged(),
                run.failure().orElse(null),
                rejects);
    }
}

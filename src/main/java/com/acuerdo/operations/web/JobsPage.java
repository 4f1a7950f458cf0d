package com.acuerdo.operations.web;

import com.acuerdo.intake.boundary.ImportStatus;
import com.acuerdo.intake.boundary.Imports;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.operations.boundary.ExportFiles;
import com.acuerdo.operations.boundary.Jobs;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * IT's jobs page: the executions with their counts and a live progress while one runs, start / stop /
 * restart, the upload of an import file and its rejected rows, the core-bank export files and the
 * chart of the last nightly runs. Every action goes through the boundaries, which audit it.
 */
@Named("jobsPage")
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXECUTIONS = 50;
    private static final int IMPORTS = 20;
    private static final int NIGHTS = 30;

    @Inject
    Jobs jobs;

    @Inject
    Imports imports;

    @Inject
    ExportFiles exports;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private List<ExecutionRow> executions = List.of();
    private List<ImportStatus> importRuns = List.of();
    private List<String> startable = List.of();
    private List<ExportFiles.ExportFile> exportFiles = List.of();
    private String chart = "";
    private boolean nightlyRuns;
    private Long selectedImport;
    private ImportStatus selected;
    private String kind = ImportKind.PAYMENTS.path();
    /** Optional slice of clients for the step jobs (internal ids, both included). */
    private Long firstCustomerId;

    private Long lastCustomerId;
    private transient Part file;

    public void load() {
        startable = jobs.startable();
        exportFiles = exports.list();
        var nights = jobs.latestOf("nightly", NIGHTS);
        nightlyRuns = !nights.isEmpty();
        chart = NightlyChart.of(
                nights, currentUser.getZone(), messages.text("ops.chart.duration"), messages.text("ops.chart.volume"));
        refresh();
    }

    /** Re-reads what changes while jobs run (the poll calls it). */
    public void refresh() {
        var now = Instant.now();
        executions = jobs.latest(EXECUTIONS).stream()
                .map(view -> {
                    var run = ImportKind.ofJobName(view.jobName()).isPresent()
                            ? imports.ofExecution(view.executionId())
                            : Optional.<ImportStatus>empty();
                    return ExecutionRow.of(
                            view,
                            run.map(ImportStatus::rejected).orElse(null),
                            run.map(ImportStatus::read).orElse(null),
                            now);
                })
                .toList();
        importRuns = imports.latest(IMPORTS);
        selected = selectedImport == null ? null : imports.rejectsOf(selectedImport);
    }

    public void start(String jobName) {
        act(() -> messages.info("ops.started", jobName, jobs.start(jobName, firstCustomerId, lastCustomerId)));
    }

    public void stop(long executionId) {
        act(() -> {
            jobs.stop(executionId);
            messages.info("ops.stopRequested", executionId);
        });
    }

    public void restart(long executionId) {
        act(() -> messages.info("ops.restarted", executionId, jobs.restart(executionId)));
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.error("ops.upload.noFile");
            return;
        }
        var importKind = ImportKind.ofPath(kind).orElse(ImportKind.PAYMENTS);
        act(() -> {
            try (var content = file.getInputStream()) {
                long executionId = imports.start(importKind, file.getSubmittedFileName(), content);
                selectedImport = imports.ofExecution(executionId)
                        .map(ImportStatus::importId)
                        .orElse(null);
                messages.info("ops.upload.started", file.getSubmittedFileName(), executionId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void showRejects(long importId) {
        selectedImport = importId;
        refresh();
    }

    /** The selected import's rejects as CSV: line, reason, row. */
    public StreamedContent getRejectsCsv() {
        var status = imports.rejectsOf(selectedImport);
        var csv = new StringBuilder(CSVFormat.RFC4180.format("line", "reason", "row")).append("\r\n");
        for (var reject : status.rejects()) {
            csv.append(CSVFormat.RFC4180.format(
                            reject.line(), reject.reason(), reject.row() == null ? "" : reject.row()))
                    .append("\r\n");
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("rejects-" + status.kind() + "-" + status.importId() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent export(String name) {
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8").stream(
                        () -> exports.open(name))
                .build();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refusal | EJBException refused) {
            var refusal = refused instanceof Refusal r ? r : refused.getCause() instanceof Refusal r ? r : null;
            if (refusal == null) {
                throw refused;
            }
            messages.error("ops.refused", refusal.reasons().get(0).text());
        }
        refresh();
    }

    public boolean isAnythingRunning() {
        return executions.stream().anyMatch(ExecutionRow::running);
    }

    public List<ExecutionRow> getExecutions() {
        return executions;
    }

    public List<ImportStatus> getImportRuns() {
        return importRuns;
    }

    public List<String> getStartable() {
        return startable;
    }

    public List<String> getKinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::path).toList();
    }

    public List<ExportFiles.ExportFile> getExportFiles() {
        return exportFiles;
    }

    public String getExportFolder() {
        return exports.folder().toString();
    }

    public String getChart() {
        return chart;
    }

    public boolean isNightlyRuns() {
        return nightlyRuns;
    }

    public ImportStatus getSelected() {
        return selected;
    }

    public Long getFirstCustomerId() {
        return firstCustomerId;
    }

    public void setFirstCustomerId(Long firstCustomerId) {
        this.firstCustomerId = firstCustomerId;
    }

    public Long getLastCustomerId() {
        return lastCustomerId;
    }

    public void setLastCustomerId(Long lastCustomerId) {
        this.lastCustomerId = lastCustomerId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

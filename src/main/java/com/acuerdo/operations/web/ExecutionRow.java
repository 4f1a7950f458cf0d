package com.acuerdo.operations.web;

import com.acuerdo.operations.boundary.ExecutionView;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of the executions table. {@code rejected} is known for imports only; {@code progress}
 * (0–100) for a running import whose check step counted its rows, otherwise -1 (indeterminate);
 * {@code lost}: the repository says it runs but its server is gone.
 */
public record ExecutionRow(
        String jobName,
        long executionId,
        String status,
        String exitStatus,
        Instant started,
        Instant ended,
        String duration,
        long read,
        long written,
        long skipped,
        Long rejected,
        int progress,
        boolean running,
        boolean lost,
        boolean restartable)
        implements Serializable {

    static ExecutionRow of(ExecutionView view, Long rejected, Long importRead, Instant now) {
        int progress = -1;
        if (view.running() && importRead != null) {
            var total = checkedRows(view);
            if (total > 0) {
                progress = (int) Math.min(100, importRead * 100 / total);
            }
        }
        return new ExecutionRow(
                view.jobName(),
                view.executionId(),
                view.status(),
                view.exitStatus(),
                view.start(),
                view.end(),
                duration(view.start(), view.end() != null ? view.end() : view.running() ? now : null),
                importRead != null ? Math.max(importRead, view.read()) : view.read(), // payments stage without chunks
                view.written(),
                view.skipped(),
                rejected,
                progress,
                view.running(),
                view.lost(),
                view.restartable());
    }

    /** An import's check step ends with "CHECKED n rows". */
    private static long checkedRows(ExecutionView view) {
        return view.steps().stream()
                .filter(s -> s.exitStatus() != null && s.exitStatus().startsWith("CHECKED "))
                .map(s -> s.exitStatus().split(" "))
                .filter(parts -> parts.length >= 2)
                .mapToLong(parts -> Long.parseLong(parts[1]))
                .findFirst()
                .orElse(0);
    }

    static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        var d = Duration.between(start, end);
        return d.toHours() > 0
                ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}

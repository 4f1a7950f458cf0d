package com.acuerdo.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A row an import refused, with its line in the file (the header is line 1) and why. */
@Entity
@Table(name = "import_reject")
public class ImportReject {

    private static final int MAX_REASON = 1000;
    private static final int MAX_RAW = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_reject_seq")
    @SequenceGenerator(name = "import_reject_seq", sequenceName = "import_reject_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_run_id", nullable = false, updatable = false)
    private Long importRunId;

    @Column(name = "line", nullable = false, updatable = false)
    private long line;

    @Column(name = "reason", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "raw_row", updatable = false, length = MAX_RAW)
    private String rawRow;

    protected ImportReject() {}

    public ImportReject(long importRunId, long line, String reason, String rawRow) {
        this.importRunId = importRunId;
        this.line = line;
        this.reason = cut(Objects.requireNonNull(reason, "reason"), MAX_REASON);
        this.rawRow = rawRow == null ? null : cut(rawRow, MAX_RAW);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public long importRunId() {
        return importRunId;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    public String rawRow() {
        return rawRow;
    }
}

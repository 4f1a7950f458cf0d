package com.acuerdo.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The bookkeeping of one import of a core-bank file: what came in, from whom, and what became of
 * its rows. Counts grow chunk by chunk in the chunk's transaction, so after a restart they agree
 * with what landed.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    private static final int MAX_FAILURE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_file", nullable = false, length = 1000)
    private String storedFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private ImportSource source;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "first_execution_id")
    private Long firstExecutionId;

    @Column(name = "read_count", nullable = false)
    private long read;

    @Column(name = "inserted_count", nullable = false)
    private long inserted;

    @Column(name = "updated_count", nullable = false)
    private long updated;

    @Column(name = "unchanged_count", nullable = false)
    private long unchanged;

    @Column(name = "rejected_count", nullable = false)
    private long rejected;

    @Column(name = "failure", length = MAX_FAILURE)
    private String failure;

    @Version
    private long version;

    protected ImportRun() {}

    public ImportRun(
            ImportKind kind,
            String fileName,
            String storedFile,
            ImportSource source,
            String requestedBy,
            Instant requestedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = cut(Objects.requireNonNull(fileName, "fileName"), 255);
        this.storedFile = Objects.requireNonNull(storedFile, "storedFile");
        this.source = Objects.requireNonNull(source, "source");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Where the stored copy of the file is, once the run has its id. */
    public void storedAt(String storedFile) {
        this.storedFile = Objects.requireNonNull(storedFile, "storedFile");
    }

    /** Adds what one chunk did. */
    public void count(ChunkTally tally) {
        read += tally.read();
        inserted += tally.inserted();
        updated += tally.updated();
        unchanged += tally.unchanged();
        rejected += tally.rejected();
    }

    /** The whole file was refused: nothing of it lands. */
    public void refuse(String why) {
        failure = cut(why, MAX_FAILURE);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String storedFile() {
        return storedFile;
    }

    public ImportSource source() {
        return source;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Long> jobInstanceId() {
        return Optional.ofNullable(jobInstanceId);
    }

    public Optional<Long> firstExecutionId() {
        return Optional.ofNullable(firstExecutionId);
    }

    public long read() {
        return read;
    }

    /** Rows that landed or were already there: inserted, updated or unchanged. */
    public long accepted() {
        return inserted + updated + unchanged;
    }

    public long inserted() {
        return inserted;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected() {
        return rejected;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}

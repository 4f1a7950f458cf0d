-- Intake (issue 5): the rows an import rejected, with the file's line (the header is line 1).
CREATE SEQUENCE import_reject_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_reject (
    id             BIGINT        NOT NULL PRIMARY KEY,
    import_run_id  BIGINT        NOT NULL,
    line           BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    -- The row as it was read (cut at 2000 characters), so IT can fix and resend it.
    raw_row        VARCHAR(2000),
    CONSTRAINT fk_import_reject_run FOREIGN KEY (import_run_id) REFERENCES import_run (id)
);
CREATE INDEX ix_import_reject_run_line ON import_reject (import_run_id, line);

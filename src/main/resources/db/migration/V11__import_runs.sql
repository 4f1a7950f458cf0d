-- Intake (issue 5): the bookkeeping of each import of a core-bank file. One row per import,
-- whatever the number of its job executions (a restart continues the same import).
CREATE SEQUENCE import_run_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_run (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    stored_file      VARCHAR(1000) NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     TIMESTAMP     NOT NULL,
    job_instance_id  BIGINT,
    first_execution_id BIGINT,
    read_count       BIGINT        NOT NULL DEFAULT 0,
    inserted_count   BIGINT        NOT NULL DEFAULT 0,
    updated_count    BIGINT        NOT NULL DEFAULT 0,
    unchanged_count  BIGINT        NOT NULL DEFAULT 0,
    rejected_count   BIGINT        NOT NULL DEFAULT 0,
    -- Why the whole file was refused (not CSV, wrong header, not UTF-8); null while it is acceptable.
    failure          VARCHAR(1000),
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_import_run_instance ON import_run (job_instance_id);
CREATE INDEX ix_import_run_execution ON import_run (first_execution_id);
CREATE INDEX ix_import_run_requested ON import_run (requested_at);

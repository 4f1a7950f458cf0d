-- Intake (issue 5): the payments import stages the file's rows in a table of its own, decides once
-- which rows post (and which are rejected or unchanged), then posts them in parts that commit on
-- their own. A restart continues after the last committed part and never decides or counts twice.
ALTER TABLE import_run ADD COLUMN posting_parts INTEGER;
ALTER TABLE import_run ADD COLUMN posted_at TIMESTAMP;

CREATE TABLE import_run_part (
    import_run_id  BIGINT    NOT NULL,
    part           INTEGER   NOT NULL,
    posted_at      TIMESTAMP NOT NULL,
    CONSTRAINT pk_import_run_part PRIMARY KEY (import_run_id, part),
    CONSTRAINT fk_import_run_part_run FOREIGN KEY (import_run_id) REFERENCES import_run (id)
);

-- Payments and their allocations are written only by the payments import, which resolves the
-- account, the bills and the payment in the statements that write them; accounts and bills are
-- never deleted. The per-row foreign-key checks (each one a locking look-up of the parent row)
-- cost more than half of the import's inserts, so these three references are kept by the import.
ALTER TABLE payment DROP CONSTRAINT fk_payment_account;
ALTER TABLE payment_allocation DROP CONSTRAINT fk_payment_allocation_payment;
ALTER TABLE payment_allocation DROP CONSTRAINT fk_payment_allocation_bill;

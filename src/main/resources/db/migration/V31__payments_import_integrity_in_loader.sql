-- Payments import at 50,000 rows a second (issue 5). A foreign key costs PostgreSQL a trigger, an index
-- probe and a row lock on the parent for EVERY inserted row: measured, the three keys below were half of
-- the import's insert time. Their references are kept by the writers instead, in the same transaction:
-- * payment.account_id: the payments import (intake.batch.PaymentLoader) reads the account by its core-bank
--   id and rejects the row with its line and reason when it does not exist; the JPA path
--   (Account.applyPayment) takes it from the managed Account.
-- * payment_allocation.payment_id: the allocation is written with the payment it belongs to, in the
--   same statement group and transaction (the loader) or by cascade from Payment (JPA).
-- * payment_allocation.bill_id: the loader allocates only to bills it read for the account, and updates
--   each of them at the version read in the same transaction (a missing or changed bill fails the chunk).
-- No code deletes accounts, bills or payments, so a reference cannot lose its row afterwards.
-- intake.ImportsIT holds the loader to it: unknown accounts are rejected, no allocation points at nothing.
ALTER TABLE payment_allocation DROP CONSTRAINT fk_payment_allocation_payment;
ALTER TABLE payment_allocation DROP CONSTRAINT fk_payment_allocation_bill;
ALTER TABLE payment DROP CONSTRAINT fk_payment_account;

-- The payments import's load step runs as partitions (intake.batch.AccountPartitions); each partition
-- commits, with every chunk, the last line it has loaded, and resumes there after a crash.
CREATE TABLE import_partition_progress (
    import_run_id BIGINT  NOT NULL,
    partition_no  INTEGER NOT NULL,
    last_line     BIGINT  NOT NULL,
    CONSTRAINT pk_import_partition_progress PRIMARY KEY (import_run_id, partition_no),
    CONSTRAINT fk_import_partition_progress_run FOREIGN KEY (import_run_id) REFERENCES import_run (id)
);

-- Friendly reminders before a promise or an instalment falls due and on the day (nightly job
-- "reminders"). One row per promise or instalment and kind: the unique key is what keeps a reminder
-- from being sent twice; a reminder the contact guard refuses stays PENDING with the next allowed
-- moment and is retried then, never dropped silently.
CREATE SEQUENCE reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reminder (
    id                BIGINT        NOT NULL PRIMARY KEY,
    subject_type      VARCHAR(16)   NOT NULL,
    subject_id        BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    case_id           BIGINT        NOT NULL,
    customer_id       BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    due_on            DATE          NOT NULL,
    amount            NUMERIC(19,4) NOT NULL,
    amount_currency   CHAR(3)       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    created_on        DATE          NOT NULL,
    attempts          INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP,
    last_refusal      VARCHAR(1000),
    channel           VARCHAR(16),
    outbox_message_id BIGINT,
    sent_at           TIMESTAMP,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_reminder UNIQUE (subject_type, subject_id, kind),
    CONSTRAINT fk_reminder_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_reminder_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_reminder_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_reminder_outbox FOREIGN KEY (outbox_message_id) REFERENCES outbox_message (id)
);
CREATE INDEX ix_reminder_pending ON reminder (status, next_attempt_at);
CREATE INDEX ix_reminder_customer ON reminder (customer_id, status);
CREATE INDEX ix_instalment_status_due ON instalment (status, due_on);

-- Nightly jobs (issue 5): aging's once-per-day bucket moves, the nightly chain's claims, the escalation
-- rules (data, with the department's defaults), the supervisors' escalation list and the changed
-- conditions exported to the core bank.

-- A bucket move is written at most once per account and business date, whatever re-runs or restarts.
-- Older data may hold duplicates from the demo generator: keep the first of each.
DELETE FROM bucket_move WHERE id NOT IN (SELECT MIN(m.id) FROM bucket_move m GROUP BY m.account_id, m.moved_on);
CREATE UNIQUE INDEX uq_bucket_move_account_day ON bucket_move (account_id, moved_on);

-- One row per business date: the instance that inserts it runs that night's chain (the schedule's
-- claim), and advanced_to is set once, in the transaction that advances the business date.
CREATE TABLE nightly_run (
    business_date DATE         NOT NULL PRIMARY KEY,
    claimed_by    VARCHAR(200) NOT NULL,
    claimed_at    TIMESTAMP    NOT NULL,
    advanced_to   DATE,
    advanced_at   TIMESTAMP
);

-- The business date a job instance works on, pinned when it first asks, so a restart (after the date
-- moved on, or without parameters) works on the same date and a chain never advances another night.
CREATE TABLE job_date (
    job_instance_id BIGINT NOT NULL PRIMARY KEY,
    business_date   DATE   NOT NULL
);

-- Escalation rules as data, the latest row effective on the business date applies.
CREATE SEQUENCE escalation_rule_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE escalation_rule (
    id                       BIGINT      NOT NULL PRIMARY KEY,
    effective_from           DATE        NOT NULL,
    broken_promises_max      INTEGER     NOT NULL,
    broken_promises_days     INTEGER     NOT NULL,
    no_right_party_days      INTEGER     NOT NULL,
    restrict_from_bucket     VARCHAR(16) NOT NULL,
    charge_off_from_bucket   VARCHAR(16) NOT NULL,
    version                  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_escalation_rule_from UNIQUE (effective_from),
    CONSTRAINT ck_escalation_rule_positive CHECK (
        broken_promises_max > 0 AND broken_promises_days > 0 AND no_right_party_days > 0)
);
-- Defaults: 2 broken promises in 90 days, or 21 days without a conversation with the client;
-- changed conditions from 120 days, charge-off candidates from 180.
INSERT INTO escalation_rule (id, effective_from, broken_promises_max, broken_promises_days, no_right_party_days,
                             restrict_from_bucket, charge_off_from_bucket)
VALUES (1, DATE '2000-01-01', 2, 90, 21, 'DPD_120_179', 'DPD_180_PLUS');

-- The supervisors' escalation list: one row per case and reason while it stands.
CREATE SEQUENCE escalation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE escalation (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    team_id        BIGINT,
    reason         VARCHAR(32)   NOT NULL,
    detail         VARCHAR(500),
    escalated_on   DATE          NOT NULL,
    resolved_on    DATE,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_escalation_case_reason UNIQUE (case_id, reason),
    CONSTRAINT fk_escalation_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_escalation_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_escalation_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_escalation_team ON escalation (team_id, resolved_on);

-- Changed conditions for the core bank: one row per account and kind, exported in the file of the
-- business date it was decided on.
CREATE SEQUENCE core_bank_export_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE core_bank_export (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    business_date DATE        NOT NULL,
    CONSTRAINT uq_core_bank_export UNIQUE (account_id, kind),
    CONSTRAINT fk_core_bank_export_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_core_bank_export_date ON core_bank_export (business_date);

-- Promise follow-up and reminders look up open promises and instalments by due date and status.
CREATE INDEX ix_promise_to_pay_status_due ON promise_to_pay (status, due_on);

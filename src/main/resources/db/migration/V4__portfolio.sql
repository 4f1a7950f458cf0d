-- Portfolio and collections: customers, accounts, bills, payments and their allocation, bucket moves,
-- collection cases, contacts, contact restrictions, promises, arrangements and instalments.
-- Agent and team tables belong to another migration: their ids are plain BIGINT columns here
-- (collection_case.assigned_agent_id / team_id, contact.agent_id, promise_to_pay.made_by_agent_id,
-- payment_arrangement.requested_by_agent_id); foreign keys to them are added later.

CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bill_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE payment_allocation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bucket_move_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE collection_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_restriction_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE promise_to_pay_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE payment_arrangement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE instalment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE customer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    external_id   VARCHAR(64)   NOT NULL,
    full_name     VARCHAR(200)  NOT NULL,
    national_id   VARCHAR(64),
    email         VARCHAR(254),
    phone         VARCHAR(32),
    time_zone     VARCHAR(64)   NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    jurisdiction  VARCHAR(16)   NOT NULL,
    consent_sms   BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_email BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_customer_external_id UNIQUE (external_id)
);

CREATE TABLE account (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    external_id             VARCHAR(64)   NOT NULL,
    customer_id             BIGINT        NOT NULL,
    product                 VARCHAR(32)   NOT NULL,
    currency                CHAR(3)       NOT NULL,
    opened_on               DATE          NOT NULL,
    credit_limit            NUMERIC(19,4) NOT NULL,
    credit_limit_currency   CHAR(3)       NOT NULL,
    credit_limit_reduced    BOOLEAN       NOT NULL DEFAULT FALSE,
    credit_limit_reduced_on DATE,
    new_charges_blocked     BOOLEAN       NOT NULL DEFAULT FALSE,
    new_charges_blocked_on  DATE,
    days_past_due           INTEGER       NOT NULL DEFAULT 0,
    bucket                  VARCHAR(16)   NOT NULL DEFAULT 'CURRENT',
    aged_on                 DATE,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_external_id UNIQUE (external_id),
    CONSTRAINT fk_account_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_account_customer ON account (customer_id);
CREATE INDEX ix_account_bucket ON account (bucket, days_past_due);

CREATE TABLE bill (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    external_id          VARCHAR(64)   NOT NULL,
    account_id           BIGINT        NOT NULL,
    due_date             DATE          NOT NULL,
    amount_due           NUMERIC(19,4) NOT NULL,
    amount_due_currency  CHAR(3)       NOT NULL,
    amount_paid          NUMERIC(19,4) NOT NULL,
    amount_paid_currency CHAR(3)       NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_bill_external_id UNIQUE (external_id),
    CONSTRAINT fk_bill_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_bill_account_due ON bill (account_id, due_date);

CREATE TABLE payment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    external_id          VARCHAR(64)   NOT NULL,
    account_id           BIGINT        NOT NULL,
    paid_on              DATE          NOT NULL,
    amount               NUMERIC(19,4) NOT NULL,
    amount_currency      CHAR(3)       NOT NULL,
    unallocated          NUMERIC(19,4) NOT NULL,
    unallocated_currency CHAR(3)       NOT NULL,
    channel              VARCHAR(32),
    version              BIGINT        NOT NULL DEFAULT 0,
    -- A payment id of the core bank is posted once, however often the file is re-imported.
    CONSTRAINT uq_payment_external_id UNIQUE (external_id),
    CONSTRAINT fk_payment_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_payment_account_paid ON payment (account_id, paid_on);

CREATE TABLE payment_allocation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    payment_id      BIGINT        NOT NULL,
    bill_id         BIGINT        NOT NULL,
    amount          NUMERIC(19,4) NOT NULL,
    amount_currency CHAR(3)       NOT NULL,
    CONSTRAINT fk_payment_allocation_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_payment_allocation_bill FOREIGN KEY (bill_id) REFERENCES bill (id)
);
CREATE INDEX ix_payment_allocation_payment ON payment_allocation (payment_id);
CREATE INDEX ix_payment_allocation_bill ON payment_allocation (bill_id);

CREATE TABLE bucket_move (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    customer_id   BIGINT      NOT NULL,
    from_bucket   VARCHAR(16) NOT NULL,
    to_bucket     VARCHAR(16) NOT NULL,
    moved_on      DATE        NOT NULL,
    days_past_due INTEGER     NOT NULL,
    CONSTRAINT fk_bucket_move_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_bucket_move_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_bucket_move_account ON bucket_move (account_id, moved_on);
CREATE INDEX ix_bucket_move_moved_on ON bucket_move (moved_on, to_bucket);
CREATE INDEX ix_bucket_move_customer ON bucket_move (customer_id);

CREATE TABLE collection_case (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    customer_id          BIGINT        NOT NULL,
    -- Set while the case is open, null once closed: at most one open case per client.
    open_customer_id     BIGINT,
    status               VARCHAR(16)   NOT NULL,
    close_reason         VARCHAR(16),
    opened_on            DATE          NOT NULL,
    closed_on            DATE,
    bucket               VARCHAR(16)   NOT NULL,
    objective            VARCHAR(32),
    priority_score       NUMERIC(19,4) NOT NULL DEFAULT 0,
    assigned_agent_id    BIGINT,
    team_id              BIGINT,
    escalated            BOOLEAN       NOT NULL DEFAULT FALSE,
    escalation_reason    VARCHAR(500),
    charge_off_candidate BOOLEAN       NOT NULL DEFAULT FALSE,
    last_contact_at      TIMESTAMP,
    next_callback_at     TIMESTAMP,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_collection_case_open_customer UNIQUE (open_customer_id),
    CONSTRAINT fk_collection_case_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_collection_case_open_customer FOREIGN KEY (open_customer_id) REFERENCES customer (id),
    CONSTRAINT ck_collection_case_open CHECK (
        (status = 'OPEN' AND open_customer_id = customer_id AND closed_on IS NULL)
        OR (status = 'CLOSED' AND open_customer_id IS NULL AND closed_on IS NOT NULL))
);
CREATE INDEX ix_collection_case_worklist ON collection_case (assigned_agent_id, status, priority_score);
CREATE INDEX ix_collection_case_team ON collection_case (team_id, status, priority_score);
CREATE INDEX ix_collection_case_bucket ON collection_case (bucket, status, priority_score);
CREATE INDEX ix_collection_case_customer ON collection_case (customer_id);

CREATE TABLE collection_case_account (
    case_id    BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_collection_case_account PRIMARY KEY (case_id, account_id),
    CONSTRAINT fk_collection_case_account_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_collection_case_account_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_collection_case_account_account ON collection_case_account (account_id);

CREATE TABLE collection_case_priority_part (
    case_id    BIGINT        NOT NULL,
    part_order INTEGER       NOT NULL,
    name       VARCHAR(64)   NOT NULL,
    points     NUMERIC(19,4) NOT NULL,
    CONSTRAINT pk_collection_case_priority_part PRIMARY KEY (case_id, part_order),
    CONSTRAINT fk_collection_case_priority_part_case FOREIGN KEY (case_id) REFERENCES collection_case (id)
);

CREATE TABLE contact (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    account_id    BIGINT,
    channel       VARCHAR(16)   NOT NULL,
    direction     VARCHAR(16)   NOT NULL,
    outcome       VARCHAR(32)   NOT NULL,
    delay_reason  VARCHAR(32),
    agent_id      BIGINT,
    contact_at    TIMESTAMP     NOT NULL,
    notes         VARCHAR(4000),
    next_step     VARCHAR(500),
    callback_at   TIMESTAMP,
    recording_url VARCHAR(1000),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_contact_customer_at ON contact (customer_id, contact_at);
CREATE INDEX ix_contact_agent_at ON contact (agent_id, contact_at);
CREATE INDEX ix_contact_case ON contact (case_id, contact_at);
CREATE INDEX ix_contact_account ON contact (account_id);

CREATE TABLE contact_talking_point (
    contact_id BIGINT      NOT NULL,
    code       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_contact_talking_point PRIMARY KEY (contact_id, code),
    CONSTRAINT fk_contact_talking_point_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

CREATE TABLE contact_restriction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    customer_id      BIGINT        NOT NULL,
    account_id       BIGINT,
    restriction_type VARCHAR(16)   NOT NULL,
    from_date        DATE          NOT NULL,
    until_date       DATE,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    lifted_at        TIMESTAMP,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_restriction_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_contact_restriction_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_contact_restriction_customer ON contact_restriction (customer_id, from_date);
CREATE INDEX ix_contact_restriction_account ON contact_restriction (account_id);

CREATE TABLE promise_to_pay (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    account_id           BIGINT        NOT NULL,
    amount               NUMERIC(19,4) NOT NULL,
    amount_currency      CHAR(3)       NOT NULL,
    due_on               DATE          NOT NULL,
    made_on              DATE          NOT NULL,
    made_at              TIMESTAMP     NOT NULL,
    made_by_agent_id     BIGINT,
    status               VARCHAR(16)   NOT NULL,
    amount_paid          NUMERIC(19,4) NOT NULL,
    amount_paid_currency CHAR(3)       NOT NULL,
    resolved_on          DATE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_promise_to_pay_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_promise_to_pay_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_promise_to_pay_due ON promise_to_pay (due_on, status);
CREATE INDEX ix_promise_to_pay_case ON promise_to_pay (case_id);
CREATE INDEX ix_promise_to_pay_account ON promise_to_pay (account_id);

CREATE TABLE payment_arrangement (
    id                             BIGINT        NOT NULL PRIMARY KEY,
    case_id                        BIGINT        NOT NULL,
    account_id                     BIGINT        NOT NULL,
    total_before_discount          NUMERIC(19,4) NOT NULL,
    total_before_discount_currency CHAR(3)       NOT NULL,
    discount_percent               NUMERIC(7,4)  NOT NULL,
    total_after_discount           NUMERIC(19,4) NOT NULL,
    total_after_discount_currency  CHAR(3)       NOT NULL,
    down_payment                   NUMERIC(19,4) NOT NULL,
    down_payment_currency          CHAR(3)       NOT NULL,
    frequency                      VARCHAR(16)   NOT NULL,
    first_due_on                   DATE          NOT NULL,
    status                         VARCHAR(24)   NOT NULL,
    requested_by_agent_id          BIGINT,
    requested_at                   TIMESTAMP     NOT NULL,
    decided_by                     VARCHAR(64),
    decision_reason                VARCHAR(500),
    decided_at                     TIMESTAMP,
    ended_on                       DATE,
    end_reason                     VARCHAR(500),
    version                        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_payment_arrangement_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_payment_arrangement_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_payment_arrangement_case ON payment_arrangement (case_id);
CREATE INDEX ix_payment_arrangement_account ON payment_arrangement (account_id);
CREATE INDEX ix_payment_arrangement_status ON payment_arrangement (status, requested_at);

CREATE TABLE instalment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    arrangement_id       BIGINT        NOT NULL,
    number               INTEGER       NOT NULL,
    due_on               DATE          NOT NULL,
    amount               NUMERIC(19,4) NOT NULL,
    amount_currency      CHAR(3)       NOT NULL,
    amount_paid          NUMERIC(19,4) NOT NULL,
    amount_paid_currency CHAR(3)       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_instalment_number UNIQUE (arrangement_id, number),
    CONSTRAINT fk_instalment_arrangement FOREIGN KEY (arrangement_id) REFERENCES payment_arrangement (id)
);
CREATE INDEX ix_instalment_due ON instalment (due_on, status);

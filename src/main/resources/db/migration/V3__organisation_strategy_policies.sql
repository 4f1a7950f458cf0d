-- Organisation (teams, agents, absences), strategy rules, contact and arrangement policies,
-- public holidays and the outbox. Rules are rows with an effective date; history is kept.
-- Cross-capability ids (users, customers) are plain BIGINT columns here; their foreign keys are
-- added once those tables exist.
-- Sequences start at their increment: EclipseLink reads a sequence value as the LAST id of a
-- preallocated block of 50 (value 50 -> ids 1..50); START WITH 1 makes it fail (EclipseLink-7027).

-- ---------------------------------------------------------------------------- organisation
CREATE SEQUENCE team_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE team (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    supervisor_user_id BIGINT,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_team_name UNIQUE (name)
);
CREATE INDEX ix_team_supervisor ON team (supervisor_user_id);

-- Which cases a team takes; no row in a table = any value.
CREATE TABLE team_product (
    team_id BIGINT      NOT NULL,
    product VARCHAR(20) NOT NULL,
    PRIMARY KEY (team_id, product),
    CONSTRAINT fk_team_product_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE TABLE team_bucket (
    team_id BIGINT      NOT NULL,
    bucket  VARCHAR(20) NOT NULL,
    PRIMARY KEY (team_id, bucket),
    CONSTRAINT fk_team_bucket_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE TABLE team_language (
    team_id  BIGINT     NOT NULL,
    language VARCHAR(2) NOT NULL,
    PRIMARY KEY (team_id, language),
    CONSTRAINT fk_team_language_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE SEQUENCE agent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agent (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    team_id      BIGINT,
    capacity     INT          NOT NULL,
    shift_start  TIME         NOT NULL,
    shift_end    TIME         NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_agent_user UNIQUE (user_id),
    CONSTRAINT fk_agent_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_agent_capacity CHECK (capacity > 0)
);
CREATE INDEX ix_agent_team ON agent (team_id, active);

CREATE TABLE agent_language (
    agent_id BIGINT     NOT NULL,
    language VARCHAR(2) NOT NULL,
    PRIMARY KEY (agent_id, language),
    CONSTRAINT fk_agent_language_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);
CREATE TABLE agent_product (
    agent_id BIGINT      NOT NULL,
    product  VARCHAR(20) NOT NULL,
    PRIMARY KEY (agent_id, product),
    CONSTRAINT fk_agent_product_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);
CREATE TABLE agent_bucket (
    agent_id BIGINT      NOT NULL,
    bucket   VARCHAR(20) NOT NULL,
    PRIMARY KEY (agent_id, bucket),
    CONSTRAINT fk_agent_bucket_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);
CREATE TABLE agent_working_day (
    agent_id    BIGINT     NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    PRIMARY KEY (agent_id, day_of_week),
    CONSTRAINT fk_agent_working_day_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);

CREATE SEQUENCE absence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE absence (
    id         BIGINT      NOT NULL PRIMARY KEY,
    agent_id   BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    from_date  DATE        NOT NULL,
    until_date DATE        NOT NULL,
    note       VARCHAR(500),
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_absence_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT ck_absence_period CHECK (until_date >= from_date)
);
CREATE INDEX ix_absence_agent ON absence (agent_id, from_date);
CREATE INDEX ix_absence_period ON absence (from_date, until_date);

-- ---------------------------------------------------------------------------- strategy
CREATE SEQUENCE bucket_objective_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bucket_objective (
    id             BIGINT      NOT NULL PRIMARY KEY,
    product        VARCHAR(20) NOT NULL,
    bucket         VARCHAR(20) NOT NULL,
    objective      VARCHAR(30) NOT NULL,
    effective_from DATE        NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_bucket_objective UNIQUE (product, bucket, effective_from)
);

CREATE SEQUENCE talking_point_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE talking_point (
    id             BIGINT        NOT NULL PRIMARY KEY,
    objective      VARCHAR(30)   NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    sort_order     INT           NOT NULL,
    mandatory      BOOLEAN       NOT NULL,
    text_es        VARCHAR(1000) NOT NULL,
    text_en        VARCHAR(1000) NOT NULL,
    effective_from DATE          NOT NULL,
    withdrawn      BOOLEAN       NOT NULL DEFAULT FALSE,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_talking_point UNIQUE (objective, code, effective_from)
);

CREATE SEQUENCE objection_guide_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE objection_guide (
    id             BIGINT       NOT NULL PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    objective      VARCHAR(30),
    objection_es   VARCHAR(500) NOT NULL,
    objection_en   VARCHAR(500) NOT NULL,
    effective_from DATE         NOT NULL,
    withdrawn      BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_objection_guide UNIQUE (code, effective_from)
);
CREATE INDEX ix_objection_guide_from ON objection_guide (effective_from);

CREATE TABLE objection_answer (
    objection_guide_id BIGINT        NOT NULL,
    sort_order         INT           NOT NULL,
    text_es            VARCHAR(1000) NOT NULL,
    text_en            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (objection_guide_id, sort_order),
    CONSTRAINT fk_objection_answer_guide FOREIGN KEY (objection_guide_id) REFERENCES objection_guide (id)
);

CREATE SEQUENCE solution_route_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE solution_route (
    id             BIGINT        NOT NULL PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    name_es        VARCHAR(200)  NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    description_es VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    effective_from DATE          NOT NULL,
    withdrawn      BOOLEAN       NOT NULL DEFAULT FALSE,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_solution_route UNIQUE (code, effective_from)
);
CREATE INDEX ix_solution_route_from ON solution_route (effective_from);

CREATE TABLE solution_route_bucket (
    solution_route_id BIGINT      NOT NULL,
    bucket            VARCHAR(20) NOT NULL,
    PRIMARY KEY (solution_route_id, bucket),
    CONSTRAINT fk_solution_route_bucket FOREIGN KEY (solution_route_id) REFERENCES solution_route (id)
);
CREATE TABLE solution_route_product (
    solution_route_id BIGINT      NOT NULL,
    product           VARCHAR(20) NOT NULL,
    PRIMARY KEY (solution_route_id, product),
    CONSTRAINT fk_solution_route_product FOREIGN KEY (solution_route_id) REFERENCES solution_route (id)
);

CREATE SEQUENCE priority_weights_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE priority_weights (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    effective_from           DATE          NOT NULL,
    balance_weight           INT           NOT NULL,
    balance_cap              NUMERIC(19,4) NOT NULL,
    days_past_due_weight     INT           NOT NULL,
    days_past_due_cap        INT           NOT NULL,
    risk_weight              INT           NOT NULL,
    promise_due_today_weight INT           NOT NULL,
    broken_promises_weight   INT           NOT NULL,
    broken_promises_cap      INT           NOT NULL,
    callback_due_weight      INT           NOT NULL,
    since_contact_weight     INT           NOT NULL,
    since_contact_cap_days   INT           NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_priority_weights_from UNIQUE (effective_from)
);

-- ---------------------------------------------------------------------------- contact policies
CREATE SEQUENCE contact_policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact_policy (
    id                            BIGINT      NOT NULL PRIMARY KEY,
    jurisdiction                  VARCHAR(10) NOT NULL,
    effective_from                DATE        NOT NULL,
    closed_on_public_holidays     BOOLEAN     NOT NULL,
    call_attempts_max             INT,
    call_attempts_days            INT,
    contacts_per_day_max          INT,
    contacts_per_week_max         INT,
    written_per_week_max          INT,
    written_min_days_apart        INT,
    -- The day of the conversation counts as day 1 of the quiet period.
    quiet_days_after_conversation INT,
    written_channel_rule          VARCHAR(20) NOT NULL,
    version                       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_contact_policy UNIQUE (jurisdiction, effective_from),
    CONSTRAINT ck_contact_policy_call_cap CHECK (
        (call_attempts_max IS NULL AND call_attempts_days IS NULL)
        OR (call_attempts_max IS NOT NULL AND call_attempts_days IS NOT NULL))
);

-- Allowed hours per weekday: start included, end excluded; no row = no contact that day.
CREATE TABLE contact_policy_window (
    contact_policy_id BIGINT     NOT NULL,
    day_of_week       VARCHAR(9) NOT NULL,
    start_time        TIME       NOT NULL,
    end_time          TIME       NOT NULL,
    PRIMARY KEY (contact_policy_id, day_of_week),
    CONSTRAINT fk_contact_policy_window FOREIGN KEY (contact_policy_id) REFERENCES contact_policy (id),
    CONSTRAINT ck_contact_policy_window CHECK (end_time > start_time)
);

CREATE SEQUENCE public_holiday_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE public_holiday (
    id           BIGINT       NOT NULL PRIMARY KEY,
    jurisdiction VARCHAR(10)  NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(120) NOT NULL,
    CONSTRAINT uq_public_holiday UNIQUE (jurisdiction, holiday_date)
);

-- ---------------------------------------------------------------------------- arrangement policies
CREATE SEQUENCE arrangement_policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE arrangement_policy (
    id                             BIGINT        NOT NULL PRIMARY KEY,
    product                        VARCHAR(20)   NOT NULL,
    bucket                         VARCHAR(20),
    currency                       CHAR(3)       NOT NULL,
    effective_from                 DATE          NOT NULL,
    soft_max_instalments           INT           NOT NULL,
    soft_min_down_payment_pct      NUMERIC(5,2)  NOT NULL,
    soft_min_instalment_amount     NUMERIC(19,4) NOT NULL,
    soft_max_discount_pct          NUMERIC(5,2)  NOT NULL,
    soft_max_days_to_first_payment INT           NOT NULL,
    hard_max_instalments           INT           NOT NULL,
    hard_min_down_payment_pct      NUMERIC(5,2)  NOT NULL,
    hard_min_instalment_amount     NUMERIC(19,4) NOT NULL,
    hard_max_discount_pct          NUMERIC(5,2)  NOT NULL,
    hard_max_days_to_first_payment INT           NOT NULL,
    grace_days                     INT           NOT NULL,
    reminder_days_before           INT           NOT NULL,
    version                        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_arrangement_policy_soft_within_hard CHECK (
        soft_max_instalments <= hard_max_instalments
        AND soft_min_down_payment_pct >= hard_min_down_payment_pct
        AND soft_min_instalment_amount >= hard_min_instalment_amount
        AND soft_max_discount_pct <= hard_max_discount_pct
        AND soft_max_days_to_first_payment <= hard_max_days_to_first_payment)
);
-- bucket NULL (= any bucket) rows are kept unique by the admin boundary; SQL UNIQUE ignores NULLs.
CREATE UNIQUE INDEX uq_arrangement_policy ON arrangement_policy (product, currency, bucket, effective_from);
CREATE INDEX ix_arrangement_policy_lookup ON arrangement_policy (product, currency, effective_from);

-- ---------------------------------------------------------------------------- outbox
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id          BIGINT        NOT NULL PRIMARY KEY,
    channel     VARCHAR(10)   NOT NULL,
    customer_id BIGINT        NOT NULL,
    recipient   VARCHAR(320)  NOT NULL,
    language    VARCHAR(2)    NOT NULL,
    subject     VARCHAR(200),
    body        VARCHAR(4000) NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    not_before  TIMESTAMP     NOT NULL,
    sent_at     TIMESTAMP,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000),
    version     BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_due ON outbox_message (status, not_before);
CREATE INDEX ix_outbox_customer ON outbox_message (customer_id, created_at);

-- ---------------------------------------------------------------------------- reference data
-- One row that instances lock (SELECT ... FOR UPDATE) while writing the default rules.
CREATE TABLE reference_data_lock (
    id BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO reference_data_lock (id) VALUES (1);

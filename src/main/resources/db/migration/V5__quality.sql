-- Quality: versioned scorecards, the review queue, reviews with their scores, calibration
-- sessions and coaching actions. contact_id and *_user_id are plain BIGINT columns here; their
-- foreign keys (contact, app_user) are added once those tables exist.

CREATE SEQUENCE scorecard_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scorecard (
    id             BIGINT       NOT NULL PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    version_number INT          NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    published_at   TIMESTAMP,
    retired_at     TIMESTAMP,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_scorecard_version UNIQUE (name, version_number)
);
CREATE INDEX ix_scorecard_status ON scorecard (status, name);

CREATE SEQUENCE scorecard_section_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scorecard_section (
    id           BIGINT       NOT NULL PRIMARY KEY,
    scorecard_id BIGINT       NOT NULL,
    sort_order   INT          NOT NULL,
    title_es     VARCHAR(200) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_scorecard_section FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
);
CREATE INDEX ix_scorecard_section ON scorecard_section (scorecard_id, sort_order);

CREATE SEQUENCE scorecard_criterion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scorecard_criterion (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    section_id               BIGINT       NOT NULL,
    code                     VARCHAR(40)  NOT NULL,
    sort_order               INT          NOT NULL,
    text_es                  VARCHAR(500) NOT NULL,
    text_en                  VARCHAR(500) NOT NULL,
    weight                   INT          NOT NULL,
    answer_type              VARCHAR(20)  NOT NULL,
    scale_max                INT,
    critical                 BOOLEAN      NOT NULL,
    comment_required_on_fail BOOLEAN      NOT NULL,
    prescore_source          VARCHAR(40),
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_scorecard_criterion_section FOREIGN KEY (section_id) REFERENCES scorecard_section (id),
    CONSTRAINT ck_scorecard_criterion_weight CHECK (weight >= 0)
);
CREATE INDEX ix_scorecard_criterion ON scorecard_criterion (section_id, sort_order);

CREATE SEQUENCE calibration_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE calibration_session (
    id               BIGINT      NOT NULL PRIMARY KEY,
    contact_id       BIGINT      NOT NULL,
    agent_id         BIGINT      NOT NULL,
    scorecard_id     BIGINT      NOT NULL,
    lead_user_id     BIGINT      NOT NULL,
    expert_review_id BIGINT,
    status           VARCHAR(20) NOT NULL,
    created_at       TIMESTAMP   NOT NULL,
    revealed_at      TIMESTAMP,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_calibration_session_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_calibration_session_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id)
);
CREATE INDEX ix_calibration_session_lead ON calibration_session (lead_user_id, status);
CREATE INDEX ix_calibration_session_contact ON calibration_session (contact_id);

CREATE SEQUENCE quality_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quality_review (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    contact_id             BIGINT        NOT NULL,
    agent_id               BIGINT        NOT NULL,
    reviewer_user_id       BIGINT        NOT NULL,
    scorecard_id           BIGINT        NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    score                  NUMERIC(5,2),
    critical_failed        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMP     NOT NULL,
    submitted_at           TIMESTAMP,
    acknowledged_at        TIMESTAMP,
    disputed_at            TIMESTAMP,
    dispute_reason         VARCHAR(1000),
    resolved_at            TIMESTAMP,
    resolved_by_user_id    BIGINT,
    resolution_reason      VARCHAR(1000),
    calibration_session_id BIGINT,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_quality_review_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_quality_review_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id),
    CONSTRAINT fk_quality_review_session FOREIGN KEY (calibration_session_id) REFERENCES calibration_session (id)
);
CREATE INDEX ix_quality_review_agent ON quality_review (agent_id, created_at);
CREATE INDEX ix_quality_review_contact ON quality_review (contact_id);
CREATE INDEX ix_quality_review_status ON quality_review (status, agent_id);
CREATE INDEX ix_quality_review_reviewer ON quality_review (reviewer_user_id, status);
CREATE INDEX ix_quality_review_session ON quality_review (calibration_session_id);

ALTER TABLE calibration_session ADD CONSTRAINT fk_calibration_session_expert
    FOREIGN KEY (expert_review_id) REFERENCES quality_review (id);

CREATE SEQUENCE criterion_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE criterion_score (
    id             BIGINT        NOT NULL PRIMARY KEY,
    review_id      BIGINT        NOT NULL,
    criterion_id   BIGINT        NOT NULL,
    answer         VARCHAR(3),
    scale_value    INT,
    not_applicable BOOLEAN       NOT NULL DEFAULT FALSE,
    comment_text   VARCHAR(1000),
    prescored      BOOLEAN       NOT NULL DEFAULT FALSE,
    overridden     BOOLEAN       NOT NULL DEFAULT FALSE,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_criterion_score UNIQUE (review_id, criterion_id),
    CONSTRAINT fk_criterion_score_review FOREIGN KEY (review_id) REFERENCES quality_review (id),
    CONSTRAINT fk_criterion_score_criterion FOREIGN KEY (criterion_id) REFERENCES scorecard_criterion (id)
);
CREATE INDEX ix_criterion_score_criterion ON criterion_score (criterion_id);

CREATE SEQUENCE calibration_participant_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE calibration_participant (
    id         BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    review_id  BIGINT,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_calibration_participant UNIQUE (session_id, user_id),
    CONSTRAINT fk_calibration_participant_session FOREIGN KEY (session_id) REFERENCES calibration_session (id),
    CONSTRAINT fk_calibration_participant_review FOREIGN KEY (review_id) REFERENCES quality_review (id)
);

CREATE SEQUENCE review_sample_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_sample (
    id               BIGINT       NOT NULL PRIMARY KEY,
    contact_id       BIGINT       NOT NULL,
    agent_id         BIGINT       NOT NULL,
    period_start     DATE         NOT NULL,
    period_end       DATE         NOT NULL,
    source           VARCHAR(30)  NOT NULL,
    added_by_user_id BIGINT,
    status           VARCHAR(20)  NOT NULL,
    review_id        BIGINT,
    created_at       TIMESTAMP    NOT NULL,
    discard_reason   VARCHAR(500),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_sample_contact UNIQUE (contact_id),
    CONSTRAINT fk_review_sample_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_review_sample_review FOREIGN KEY (review_id) REFERENCES quality_review (id),
    CONSTRAINT ck_review_sample_period CHECK (period_end >= period_start)
);
CREATE INDEX ix_review_sample_queue ON review_sample (period_start, status, created_at);
CREATE INDEX ix_review_sample_agent ON review_sample (agent_id, period_start);

CREATE SEQUENCE coaching_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coaching_action (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    agent_id             BIGINT        NOT NULL,
    review_id            BIGINT,
    focus_criterion_code VARCHAR(40),
    goal                 VARCHAR(1000) NOT NULL,
    due_date             DATE          NOT NULL,
    notes                VARCHAR(4000),
    status               VARCHAR(20)   NOT NULL,
    outcome              VARCHAR(20),
    created_by_user_id   BIGINT        NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    acknowledged_at      TIMESTAMP,
    closed_at            TIMESTAMP,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_coaching_action_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_coaching_action_review FOREIGN KEY (review_id) REFERENCES quality_review (id)
);
CREATE INDEX ix_coaching_action_agent ON coaching_action (agent_id, due_date);
CREATE INDEX ix_coaching_action_due ON coaching_action (status, due_date);
CREATE INDEX ix_coaching_action_review ON coaching_action (review_id);

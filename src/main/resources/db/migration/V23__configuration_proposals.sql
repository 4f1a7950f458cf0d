-- A supervisor's proposed change to the strategy configuration, decided by an admin. The payload is
-- the proposed rows as JSON (the same shape the admin screens submit), applied on approval.
CREATE SEQUENCE config_proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE config_proposal (
    id             BIGINT        NOT NULL PRIMARY KEY,
    kind           VARCHAR(30)   NOT NULL,
    subject        VARCHAR(64)   NOT NULL,
    payload        VARCHAR(8000) NOT NULL,
    effective_from DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    proposed_by    VARCHAR(64)   NOT NULL,
    proposed_at    TIMESTAMP     NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP,
    decision_note  VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_config_proposal_status ON config_proposal (status, proposed_at);


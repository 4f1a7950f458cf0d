-- The tone list: expressions no outbound text may contain (threats, humiliation, deception,
-- third-party disclosure, insults), maintained as data per language with an effective date.
-- The defaults are written at start-up into an empty table (platform.reference.ReferenceData).
CREATE SEQUENCE tone_expression_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE tone_expression (
    id             BIGINT       NOT NULL PRIMARY KEY,
    language       VARCHAR(2)   NOT NULL,
    expression     VARCHAR(200) NOT NULL,
    category       VARCHAR(30)  NOT NULL,
    active         BOOLEAN      NOT NULL,
    effective_from DATE         NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_tone_expression UNIQUE (language, expression, effective_from)
);
-- The matcher reads the whole list in force on a date.
CREATE INDEX ix_tone_expression_in_force ON tone_expression (active, effective_from);

-- Outbox delivery: SENDING marks a message claimed by one worker (its not_before is then the end
-- of the claim), so several instances never send the same message; the worker looks up due rows
-- by (status, not_before), which ix_outbox_due (V3) already covers.

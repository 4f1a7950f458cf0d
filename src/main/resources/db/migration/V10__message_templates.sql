-- Message templates: the texts of SMS, e-mails and letters to clients, as data per code, channel and
-- language with an effective date and a revision number (a changed text is a new row, so what was
-- sent stays explainable). The defaults are written at start-up into an empty table
-- (platform.reference.ReferenceData). Placeholders: {clientName}, {amount}, {dueDate} …
CREATE SEQUENCE message_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message_template (
    id             BIGINT        NOT NULL PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    language       VARCHAR(2)    NOT NULL,
    subject        VARCHAR(200),
    body           VARCHAR(4000) NOT NULL,
    effective_from DATE          NOT NULL,
    revision       INTEGER       NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_message_template UNIQUE (code, channel, language, effective_from)
);
-- The composer reads the templates in force for one channel and language.
CREATE INDEX ix_message_template_in_force ON message_template (channel, language, effective_from);


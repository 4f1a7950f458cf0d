-- Users who sign in (screens and REST) with their roles, and the audit trail.
-- Sequences START WITH 50: EclipseLink reads NEXTVAL as the LAST id of a block of allocationSize (50)
-- and refuses a first value below 49 (EclipseLink-7027), so the first block is 1..50.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id               BIGINT        NOT NULL PRIMARY KEY,
    username         VARCHAR(64)   NOT NULL,
    display_name     VARCHAR(128)  NOT NULL,
    password_hash    VARCHAR(512)  NOT NULL,
    preferred_locale VARCHAR(8)    NOT NULL,
    time_zone        VARCHAR(64)   NOT NULL,
    active           BOOLEAN       NOT NULL,
    recent_failures  VARCHAR(255),
    locked_until     TIMESTAMP,
    created_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id   BIGINT       NOT NULL,
    role_name VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
-- Users by role (assignment and team screens).
CREATE INDEX ix_app_user_role_role ON app_user_role (role_name);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

-- Immutable: rows are only ever inserted.
CREATE TABLE audit_event (
    id           BIGINT         NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP      NOT NULL,
    actor        VARCHAR(64)    NOT NULL,
    event_type   VARCHAR(64)    NOT NULL,
    subject_type VARCHAR(64),
    subject_id   VARCHAR(64),
    detail       VARCHAR(4000)
);
-- The history of one thing (a case, an account, a user).
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);
-- The latest events, and events in a period.
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
-- What one person did.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);

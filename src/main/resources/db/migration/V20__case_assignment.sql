-- Case assignment (issue 6). The rules themselves are the team's product/bucket/language rows (V3) and
-- the agents' skills, capacity and absences (V3); here: the balance spread (one row of settings, edited
-- by supervisors/admins) and the absence covers (which case left which absent agent for whom, so the
-- nightly step can hand it back the day after the absence ends).
CREATE TABLE assignment_setting (
    id              BIGINT      NOT NULL PRIMARY KEY,
    spread_percent  INTEGER     NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_assignment_setting_spread CHECK (spread_percent BETWEEN 0 AND 100)
);
INSERT INTO assignment_setting (id, spread_percent, version) VALUES (1, 5, 0);

CREATE SEQUENCE absence_cover_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE absence_cover (
    id              BIGINT      NOT NULL PRIMARY KEY,
    case_id         BIGINT      NOT NULL,
    from_agent_id   BIGINT      NOT NULL,
    to_agent_id     BIGINT      NOT NULL,
    moved_on        DATE        NOT NULL,
    ended_on        DATE,
    returned        BOOLEAN     NOT NULL DEFAULT FALSE,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_absence_cover_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_absence_cover_from FOREIGN KEY (from_agent_id) REFERENCES agent (id),
    CONSTRAINT fk_absence_cover_to FOREIGN KEY (to_agent_id) REFERENCES agent (id)
);
CREATE INDEX ix_absence_cover_open ON absence_cover (ended_on, from_agent_id);
CREATE INDEX ix_absence_cover_case ON absence_cover (case_id, ended_on);
-- No new index on collection_case: the supervisor's filters use ix_collection_case_team (team_id, status, …)
-- and every extra index on assigned_agent_id would slow the night's 100,000 moves.

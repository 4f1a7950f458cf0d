-- The results dashboard's nightly pre-aggregation: per night, team, agent, product and bucket, the
-- accounts of open cases and their unpaid balance (written set-based by the nightly step
-- "portfolio-snapshot"; a rerun of a night replaces that night's rows). agent_id null = unassigned.
CREATE TABLE portfolio_snapshot (
    snapshot_on DATE          NOT NULL,
    team_id     BIGINT        NOT NULL,
    agent_id    BIGINT,
    product     VARCHAR(32)   NOT NULL,
    bucket      VARCHAR(16)   NOT NULL,
    accounts    BIGINT        NOT NULL,
    balance     NUMERIC(19,4) NOT NULL,
    CONSTRAINT fk_portfolio_snapshot_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_portfolio_snapshot_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);
CREATE INDEX ix_portfolio_snapshot_team ON portfolio_snapshot (team_id, snapshot_on);
CREATE INDEX ix_portfolio_snapshot_on ON portfolio_snapshot (snapshot_on);
-- The dashboard's refusal counts: refusals of a period by actor.
CREATE INDEX ix_audit_event_type_at ON audit_event (event_type, occurred_at);

-- The results dashboard's per-account facts of a business day, taken by the nightly step
-- "portfolio-snapshot" for the coming day (so the default view reads them instead of probing every
-- account): for every account of a team's case open then (or closed in the last 31 days), its bucket
-- at the day's start (= on the day before, by the dashboard's definition), what is unpaid on its bills
-- due by the day and what it paid in the 30 days up to the day. One row per account and day (team_id =
-- its latest case's team, for reading a team's rows in one range); kept 32 days (the default period's
-- two ends). A rerun of a day replaces its rows.
CREATE TABLE dashboard_account_day (
    fact_on    DATE          NOT NULL,
    team_id    BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    bucket     VARCHAR(16)   NOT NULL,
    unpaid_due NUMERIC(19,4) NOT NULL,
    collected  NUMERIC(19,4) NOT NULL,
    CONSTRAINT pk_dashboard_account_day PRIMARY KEY (fact_on, team_id, account_id),
    CONSTRAINT fk_dashboard_account_day_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_dashboard_account_day_account FOREIGN KEY (account_id) REFERENCES account (id)
);
-- When a team's day was taken, over how many days 'collected' was summed, and whether no import was
-- running then: the money columns serve only while no import has been requested since.
CREATE TABLE dashboard_fact_day (
    fact_on     DATE      NOT NULL,
    team_id     BIGINT    NOT NULL,
    taken_at    TIMESTAMP NOT NULL,
    window_days INTEGER   NOT NULL,
    money_exact BOOLEAN   NOT NULL,
    CONSTRAINT pk_dashboard_fact_day PRIMARY KEY (fact_on, team_id),
    CONSTRAINT fk_dashboard_fact_day_team FOREIGN KEY (team_id) REFERENCES team (id)
);

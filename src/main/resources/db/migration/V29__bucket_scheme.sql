-- The aging buckets' day ranges, versioned by effective date like the rest of the strategy. The
-- buckets are the seven codes of the integration contract; a version holds the first day past due
-- of each delinquent bucket (CURRENT is always day 0; a bucket ends the day before the next starts;
-- the last is open-ended). The first version is the department's default ranges.
CREATE SEQUENCE bucket_scheme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bucket_scheme (
    id                BIGINT  NOT NULL PRIMARY KEY,
    effective_from    DATE    NOT NULL,
    from_dpd_1_29     INT     NOT NULL,
    from_dpd_30_59    INT     NOT NULL,
    from_dpd_60_89    INT     NOT NULL,
    from_dpd_90_119   INT     NOT NULL,
    from_dpd_120_179  INT     NOT NULL,
    from_dpd_180_plus INT     NOT NULL,
    version           BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT uq_bucket_scheme_from UNIQUE (effective_from)
);
INSERT INTO bucket_scheme (id, effective_from, from_dpd_1_29, from_dpd_30_59, from_dpd_60_89, from_dpd_90_119,
                           from_dpd_120_179, from_dpd_180_plus, version)
VALUES (1, DATE '2000-01-01', 1, 30, 60, 90, 120, 180, 0);

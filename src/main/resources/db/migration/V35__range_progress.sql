-- Nightly jobs (issue 5): where each partition of a range-by-range step is, committed in the same
-- transaction as the range it wrote. Payara's batch runtime cannot restart a partitioned step whose
-- server was killed with the partitions' own checkpoints (the step's partition count is stored only
-- when the step ends), so those steps restart their partitions afresh and continue from here.
CREATE TABLE range_progress (
    job_instance_id  BIGINT      NOT NULL,
    step_name        VARCHAR(64) NOT NULL,
    partition_no     INTEGER     NOT NULL,
    partitions       INTEGER     NOT NULL,
    last_id          BIGINT      NOT NULL,
    CONSTRAINT pk_range_progress PRIMARY KEY (job_instance_id, step_name, partition_no, partitions)
);

-- Which server runs which job execution, and when each server last said it was alive: a job whose
-- server died (kill -9, crash) stays STARTED in the batch repository; with these rows IT can tell it
-- from a running one and restart it (see operations.boundary.ServerInstances).
CREATE TABLE server_instance (
    instance_id VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    last_beat TIMESTAMP NOT NULL
);

CREATE TABLE job_execution_owner (
    execution_id BIGINT NOT NULL PRIMARY KEY,
    instance_id VARCHAR(100) NOT NULL,
    started_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_job_execution_owner_instance ON job_execution_owner (instance_id);

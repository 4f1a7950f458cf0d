-- A dispute the supervisor upholds is re-scored: the new review revises the disputed one, which
-- stays on record (history) but no longer counts.
ALTER TABLE quality_review ADD COLUMN revises_review_id BIGINT;
ALTER TABLE quality_review ADD CONSTRAINT fk_quality_review_revises
    FOREIGN KEY (revises_review_id) REFERENCES quality_review (id);
CREATE INDEX ix_quality_review_revises ON quality_review (revises_review_id);

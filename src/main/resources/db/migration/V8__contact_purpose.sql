-- The purpose of a contact: a cease-contact request allows nothing but its confirmation.
ALTER TABLE contact ADD COLUMN purpose VARCHAR(32) DEFAULT 'COLLECTION' NOT NULL;

-- Optimistic-locking version like every edited table; V140 was already shared with other branches, so it is
-- added here rather than there.
ALTER TABLE import_mapping ADD COLUMN version bigint NOT NULL DEFAULT 0;

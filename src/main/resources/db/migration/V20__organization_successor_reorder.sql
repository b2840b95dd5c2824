-- Reordering successors (making another one primary) rewrites rows by position; checked per statement,
-- swapping two successors would collide on the uniqueness constraint half-way. Check it at commit instead.
ALTER TABLE agency_successor DROP CONSTRAINT agency_successor_once;
ALTER TABLE agency_successor ADD CONSTRAINT agency_successor_once UNIQUE (agency_id, successor_id)
    DEFERRABLE INITIALLY DEFERRED;

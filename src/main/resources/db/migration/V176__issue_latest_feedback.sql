-- Decision 766 satisfaction (issue/IssueMeasures, SATISFACTION_766) asks, for each issue of the period, whether its
-- LATEST feedback (latest given_at, then highest id) is unsatisfied. Looked up per issue that cost ~2 µs × 100,000
-- issues for a year of a million; kept on the issue row instead, by a statement-level trigger (so that a COPY or a
-- batch of feedback updates its issues in one statement), and read with the period from one index.
-- null: no feedback yet.
ALTER TABLE issue ADD COLUMN latest_feedback_satisfied boolean;

UPDATE issue i SET latest_feedback_satisfied = f.satisfied
FROM (SELECT DISTINCT ON (issue_id) issue_id, satisfied FROM issue_feedback ORDER BY issue_id, given_at DESC, id DESC) f
WHERE f.issue_id = i.id;

CREATE FUNCTION issue_latest_feedback_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE issue i
    SET latest_feedback_satisfied = (SELECT f.satisfied FROM issue_feedback f WHERE f.issue_id = i.id
                                     ORDER BY f.given_at DESC, f.id DESC LIMIT 1)
    WHERE i.id IN (SELECT issue_id FROM changed);
    RETURN NULL;
END
$$;

CREATE TRIGGER issue_feedback_added AFTER INSERT ON issue_feedback REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION issue_latest_feedback_refresh();
CREATE TRIGGER issue_feedback_changed AFTER UPDATE ON issue_feedback REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION issue_latest_feedback_refresh();
CREATE TRIGGER issue_feedback_removed AFTER DELETE ON issue_feedback REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION issue_latest_feedback_refresh();

-- The answered-in-a-period figures, now with the latest feedback and the id (satisfaction: index-only).
DROP INDEX issue_answered_figures;
CREATE INDEX issue_answered_figures ON issue (answered_on, lead_agency_id)
    INCLUDE (deadline, assigned_on, reopen_count, received_on, state, latest_feedback_satisfied)
    WHERE answered_on IS NOT NULL;

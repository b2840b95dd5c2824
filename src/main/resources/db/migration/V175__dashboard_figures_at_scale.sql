-- The dashboard at a million issues (issue 8; figures in docs/performance/dashboard.md). Open at a past day E
-- (issue/OpenAtDateSql): the issues that left the open states without an answer are found from what happened after
-- E, not by reading every such issue received before E and looking up its timeline.

-- Closed without an answer after E.
CREATE INDEX issue_closed_unanswered ON issue (closed_on) INCLUDE (received_on, lead_agency_id, assigned_on, deadline)
    WHERE answered_on IS NULL AND forwarded_on IS NULL AND state IN ('CLOSED', 'REJECTED', 'WITHDRAWN')
      AND closed_on IS NOT NULL;

-- Rejected or withdrawn (no date column): the timeline events after E.
CREATE INDEX issue_event_final_on ON issue_event (occurred_at) INCLUDE (issue_id) WHERE to_state IN ('REJECTED', 'WITHDRAWN');

-- V130's index of all such issues by received_on served the old form (every one received before E, then its
-- timeline); nothing reads it now.
DROP INDEX issue_left_unanswered;

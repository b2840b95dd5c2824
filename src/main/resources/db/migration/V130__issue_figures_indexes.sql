-- Indexes for the dashboard figures (IssueDashboardFigures, IssueMeasures), so that on a million issues each figure
-- is read from an index (mostly index-only) instead of the table. Measured on 500,000 generated issues: see the
-- Javadoc of IssueDashboardFigures.

-- Received in a period, per month / state / agency / field / channel; overdue needs the deadline.
CREATE INDEX issue_received_figures ON issue (received_on, lead_agency_id) INCLUDE (state, field_id, channel, deadline);

-- Answered in a period: on-time rate, working days, reopen rate, and the "answered after the day" branch of the
-- open-at-a-date count. Replaces V36's issue_answered_on, whose column it starts with.
CREATE INDEX issue_answered_figures ON issue (answered_on, lead_agency_id)
    INCLUDE (deadline, assigned_on, reopen_count, received_on, state) WHERE answered_on IS NOT NULL;
DROP INDEX issue_answered_on;

-- Open now (IssueState.OPEN): the open figures, per agency or all.
CREATE INDEX issue_open_figures ON issue (lead_agency_id, received_on)
    INCLUDE (id, deadline, assigned_on, answered_on, state)
    WHERE state IN ('RECEIVED', 'CLASSIFIED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');

-- Open at a past date: issues that left the open states without an answer (forwarded; closed, rejected or withdrawn).
CREATE INDEX issue_forwarded_on ON issue (forwarded_on) WHERE forwarded_on IS NOT NULL;
CREATE INDEX issue_left_unanswered ON issue (received_on)
    INCLUDE (id, closed_on, lead_agency_id, assigned_on, deadline, state)
    WHERE answered_on IS NULL AND forwarded_on IS NULL AND state IN ('CLOSED', 'REJECTED', 'WITHDRAWN');
-- The day a rejection or withdrawal happened is only in the timeline.
CREATE INDEX issue_event_final ON issue_event (issue_id) INCLUDE (occurred_at) WHERE to_state IN ('REJECTED', 'WITHDRAWN');

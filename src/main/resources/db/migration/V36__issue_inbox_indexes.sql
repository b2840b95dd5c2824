-- Indexes for the inbox orders and the measures, so that a page of a million issues is read from an index
-- instead of sorting the whole table. The rank functions give the workflow and urgency orders the inbox
-- sorts by (IssueSearchSql uses exactly these expressions, so the planner can use the indexes).

CREATE OR REPLACE FUNCTION issue_state_rank(state varchar) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE state WHEN 'RECEIVED' THEN 0 WHEN 'CLASSIFIED' THEN 1 WHEN 'ASSIGNED' THEN 2 WHEN 'IN_PROGRESS' THEN 3
                      WHEN 'ANSWERED' THEN 4 WHEN 'SATISFIED' THEN 5 WHEN 'REOPENED' THEN 6 WHEN 'CLOSED' THEN 7
                      WHEN 'FORWARDED' THEN 8 WHEN 'REJECTED' THEN 9 WHEN 'WITHDRAWN' THEN 10 END
$$;

-- Most urgent first is rank 0.
CREATE OR REPLACE FUNCTION issue_priority_rank(priority varchar) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 WHEN 'LOW' THEN 3 END
$$;

CREATE INDEX issue_sort_deadline ON issue (deadline ASC NULLS LAST, id);
CREATE INDEX issue_sort_title ON issue (title, id);
CREATE INDEX issue_sort_state ON issue (issue_state_rank(state), id);
CREATE INDEX issue_sort_priority ON issue (issue_priority_rank(priority), id);
CREATE INDEX issue_field_received ON issue (field_id, received_on DESC, id DESC);
CREATE INDEX issue_answered_on ON issue (answered_on) WHERE answered_on IS NOT NULL;

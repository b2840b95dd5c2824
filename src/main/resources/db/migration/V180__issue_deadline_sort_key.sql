-- The inbox's "deadline soonest" order (undated last) as one key, so that keyset paging (IssueKeyset) starts the
-- next page inside the index: with "deadline ASC NULLS LAST" the condition "after this row" needed an OR for the
-- undated rows, and PostgreSQL walked the index from the start. Measured on a million issues: the page after row
-- 100,000 took 190 ms that way and 0.2 ms with this key. No deadline is 'infinity' (dates come from LocalDate).
CREATE INDEX issue_sort_deadline_key ON issue ((coalesce(deadline, 'infinity'::date)), id);
DROP INDEX issue_sort_deadline;

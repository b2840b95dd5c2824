-- Working days in SQL, so that measures over many issues count them in the database. The same definition as
-- the calendar module's WorkingDays (Java): Monday to Friday, minus HOLIDAY and DAY_OFF entries on weekdays,
-- plus WORKING_DAY entries on weekends; removed entries count for nothing. IssueMeasuresTest compares both.

-- calendar_day.removed arrives with V50 (calendar local edits), which a new database runs after this script:
-- the body is checked when the function is first called, not now.
SET LOCAL check_function_bodies = false;

-- Weekdays from an arbitrary Monday (1969-12-29) through the day; only differences matter.
CREATE OR REPLACE FUNCTION weekdays_through(day date) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT floor((day - date '1969-12-29') / 7.0)::bigint * 5
           + least(((day - date '1969-12-29') % 7 + 7) % 7 + 1, 5)
$$;

-- Working days after from_day up to and including to_day; negative (the same count with a minus sign) when
-- to_day is before from_day; 0 when they are equal.
CREATE OR REPLACE FUNCTION working_days_between(from_day date, to_day date) RETURNS int
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
AS $$
    SELECT (CASE WHEN to_day < from_day THEN -1 ELSE 1 END
            * (weekdays_through(greatest(from_day, to_day)) - weekdays_through(least(from_day, to_day))
               + coalesce((SELECT sum(CASE WHEN c.kind = 'WORKING_DAY' THEN 1 ELSE 0 END
                                      - CASE WHEN extract(isodow FROM c.day) < 6 THEN 1 ELSE 0 END)
                           FROM calendar_day c
                           WHERE NOT c.removed
                             AND c.day > least(from_day, to_day)
                             AND c.day <= greatest(from_day, to_day)), 0)))::int
$$;

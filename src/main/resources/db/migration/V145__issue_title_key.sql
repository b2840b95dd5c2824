-- A recommendation's title as duplicates are found (imports: within a file and against open recommendations):
-- without case, diacritics (đ as d), spaces or punctuation, so "Sở Xây dựng: thủ tục" and "so xay dung thu tuc"
-- are the same. One definition for both uses, indexed for the open recommendations, whose count is what grows.
CREATE OR REPLACE FUNCTION issue_title_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
AS $$ SELECT regexp_replace(search_text(value), '[^[:alnum:]]+', '', 'g') $$;

CREATE INDEX issue_open_title_key ON issue (issue_title_key(title))
    WHERE state IN ('RECEIVED', 'CLASSIFIED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');

-- Diacritics-insensitive search (Vietnamese: "Hải Phòng" must match "hai phong") and trigram indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE, so indexes cannot use it. This wrapper names its dictionary and pins the
-- search_path it was created with, which makes IMMUTABLE true in practice. Lower-cases as well.
CREATE OR REPLACE FUNCTION search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
AS $$ SELECT lower(unaccent('unaccent', replace(replace(value, 'đ', 'd'), 'Đ', 'D'))) $$;

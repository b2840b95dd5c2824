-- Same diacritics-insensitive search as agencies and enterprises.
CREATE INDEX association_search ON association
    USING gin (search_text(name_vi || ' ' || coalesce(name_en, '') || ' ' || code || ' ' || coalesce(tax_code, '')) gin_trgm_ops);

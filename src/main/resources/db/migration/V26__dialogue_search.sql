-- Same diacritics-insensitive search as agencies and associations ("doi thoai dat dai" finds "Đối thoại ... đất đai").
CREATE INDEX dialogue_session_search ON dialogue_session
    USING gin (search_text(title || ' ' || coalesce(place, '') || ' ' || coalesce(chair, '')) gin_trgm_ops);

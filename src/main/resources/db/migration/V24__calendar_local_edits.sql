-- An administrator's change to a day wins over the reference CSV: the loader leaves edited rows alone.
-- A deleted day stays as a removed row, so that the next load does not bring a reference day back.
ALTER TABLE calendar_day ADD COLUMN edited_locally boolean NOT NULL DEFAULT false;
ALTER TABLE calendar_day ADD COLUMN removed        boolean NOT NULL DEFAULT false;

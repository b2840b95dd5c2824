-- Demo enterprises are reloaded from CSV on every start; an officer's edit must survive that, as for
-- agencies and associations.
ALTER TABLE enterprise ADD COLUMN modified_locally boolean NOT NULL DEFAULT false;

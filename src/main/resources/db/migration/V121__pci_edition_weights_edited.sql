-- An administrator may enter, change or clear the weights of an edition. Once they have, reloading the reference
-- data (data/reference/pci_edition_weights.csv) must no longer put the file's weights back over theirs.
ALTER TABLE pci_edition ADD COLUMN weights_edited_locally boolean NOT NULL DEFAULT false;
-- Where the entered weights come from (official publication or document), apart from the edition's own source.
ALTER TABLE pci_edition ADD COLUMN weights_source varchar(500);

-- Goals are retired, never deleted (issue 9: retiring keeps history). A retired goal keeps its row and its
-- targets; only one goal per province and year may be in force.
ALTER TABLE pci_goal ADD COLUMN retired_at timestamptz;
ALTER TABLE pci_goal ADD COLUMN retired_by varchar(100);
ALTER TABLE pci_goal DROP CONSTRAINT pci_goal_once;
CREATE UNIQUE INDEX pci_goal_once ON pci_goal (province_id, year) WHERE retired_at IS NULL;

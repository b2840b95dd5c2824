-- Commitments are retired, never deleted (issue 9: retiring keeps history). A retired commitment keeps its row, its
-- units, criteria and check-ins; every list, figure and chart reads live commitments only (retired_at IS NULL).
ALTER TABLE commitment ADD COLUMN retired_at timestamptz;
ALTER TABLE commitment ADD COLUMN retired_by varchar(100);
CREATE INDEX commitment_live ON commitment (period_to, period_from) WHERE retired_at IS NULL;

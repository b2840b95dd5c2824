-- An issue forwarded to a ministry straight after classification never had a lead agency or a deadline, and the
-- workflow closes forwarded issues: such a closed issue must pass the check that V30 applies to closed ones.
ALTER TABLE issue DROP CONSTRAINT issue_assignment_complete;
ALTER TABLE issue ADD CONSTRAINT issue_assignment_complete
    CHECK (state IN ('RECEIVED', 'CLASSIFIED', 'REJECTED', 'WITHDRAWN', 'FORWARDED')
           OR forwarded_to_agency_id IS NOT NULL
           OR (lead_agency_id IS NOT NULL AND deadline IS NOT NULL));

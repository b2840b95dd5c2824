-- Which DDCI component(s) each measure of the internal agency scorecard reflects: reference data
-- (data/reference/scorecard_measure_components.csv), replaced as a whole at every reload, so never edited in place.
CREATE TABLE scorecard_measure_component (
    measure           varchar(40) NOT NULL,
    ddci_component_id bigint      NOT NULL REFERENCES ddci_component (id),
    PRIMARY KEY (measure, ddci_component_id)
);

-- The scorecard counts bottlenecks per owning agency (the owner of the fix, else the agency concerned).
CREATE INDEX bottleneck_owning_agency ON bottleneck ((coalesce(owner_agency_id, agency_id)), state);

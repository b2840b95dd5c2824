package vn.pcitracker.organization;

/** What an agency is; the label is translated under {@code organization.AgencyKind.<NAME>}. */
public enum AgencyKind {
    DEPARTMENT,
    BOARD,
    PEOPLES_COMMITTEE_OFFICE,
    WARD,
    COMMUNE,
    SPECIAL_ZONE,
    FORMER_DISTRICT,
    CENTRAL_AGENCY;

    public String labelKey() {
        return "organization.AgencyKind." + name();
    }
}

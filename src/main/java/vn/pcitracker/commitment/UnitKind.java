package vn.pcitracker.commitment;

/**
 * Who signed with the leadership: divisions of the signing agency (free names, such as "Phòng Quản lý xây dựng"),
 * or agencies of a group (organization agencies). Live criteria need agencies, whose data the product holds.
 */
public enum UnitKind {
    DIVISION,
    AGENCY;

    public String labelKey() {
        return "commitment.UnitKind." + name();
    }
}

package vn.pcitracker.indicator;

/** The level of the units a DDCI catalogue rates: departments and boards, districts, or communes and wards. */
public enum UnitLevel {
    DEPARTMENT,
    DISTRICT,
    COMMUNE
}

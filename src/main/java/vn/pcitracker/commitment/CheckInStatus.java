package vn.pcitracker.commitment;

/** Quarterly status of a criterion for a unit, as in pledge systems (done, on track, needs improvement, deferred). */
public enum CheckInStatus {
    DONE,
    ON_TRACK,
    NEEDS_IMPROVEMENT,
    DEFERRED;

    public String labelKey() {
        return "commitment.CheckInStatus." + name();
    }
}

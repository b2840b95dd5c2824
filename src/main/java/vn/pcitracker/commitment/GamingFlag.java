package vn.pcitracker.commitment;

/**
 * A warning to the reviewer that a criterion may be gamed: its target does not improve on its baseline, or a unit
 * has only ever reported it done without any evidence (no note, no file). {@code unitId} is null for the first.
 */
public record GamingFlag(Kind kind, long criterionId, Long unitId) {

    public enum Kind {
        TARGET_NOT_BEYOND_BASELINE,
        DONE_WITHOUT_EVIDENCE;

        public String labelKey() {
            return "commitment.GamingFlag." + name();
        }
    }
}

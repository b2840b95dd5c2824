package vn.pcitracker.licensing.bottleneck;

import java.util.EnumSet;
import java.util.Set;

/** Where a bottleneck stands. Labels: {@code licensing.BottleneckState.<NAME>}. */
public enum BottleneckState {
    IDENTIFIED, ANALYSING, FIX_PROPOSED, APPROVED, IMPLEMENTED, VERIFIED, DROPPED;

    /** States from which nothing more happens. */
    public static final Set<BottleneckState> FINAL = EnumSet.of(VERIFIED, DROPPED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}

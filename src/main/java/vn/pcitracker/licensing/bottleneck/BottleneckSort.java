package vn.pcitracker.licensing.bottleneck;

/** The orders the register offers; each ends with the id so that pages never overlap. */
public enum BottleneckSort {
    NEWEST, CODE, TITLE, STATE, TARGET_DATE
}

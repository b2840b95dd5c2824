package vn.pcitracker.licensing.bottleneck;

/** Whether a measurement describes the procedure before its fix or after it. Labels: {@code licensing.EvidencePhase.<NAME>}. */
public enum EvidencePhase {
    BEFORE_FIX, AFTER_FIX
}

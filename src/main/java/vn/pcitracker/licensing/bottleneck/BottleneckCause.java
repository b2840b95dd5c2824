package vn.pcitracker.licensing.bottleneck;

/** Why a procedure holds businesses up (several may apply). Labels: {@code licensing.BottleneckCause.<NAME>}. */
public enum BottleneckCause {
    MISSING_DOCUMENTS, INTER_AGENCY_COORDINATION, SITE_INSPECTION, LEGAL_INCONSISTENCY, LAND_OR_PLANNING,
    EXCESSIVE_CONDITIONS, IT_OR_E_WORKFLOW, INFORMAL_COSTS
}

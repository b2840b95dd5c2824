package vn.pcitracker.licensing.bottleneck;

/**
 * Everything that can happen to a bottleneck; each is one history entry. Labels:
 * {@code licensing.BottleneckAction.<NAME>}. Who may take which action in which state: {@link BottleneckWorkflow}.
 */
public enum BottleneckAction {
    CREATE, EDIT, ADD_EVIDENCE, LINK_ISSUE, START_ANALYSIS, PROPOSE_FIX, APPROVE, IMPLEMENT, VERIFY, DROP
}

package vn.pcitracker.licensing.bottleneck;

import static vn.pcitracker.licensing.bottleneck.BottleneckState.ANALYSING;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.APPROVED;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.DROPPED;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.FIX_PROPOSED;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.IDENTIFIED;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.IMPLEMENTED;
import static vn.pcitracker.licensing.bottleneck.BottleneckState.VERIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.pcitracker.shared.Role;

/**
 * The one place that decides which action a user may take on a bottleneck in which state, and where it leads;
 * the service refuses what this refuses and the page offers what this allows. "Manager" is an investment officer
 * or an administrator; "agency officer" is an officer of the agency concerned or of the owner agency.
 * <pre>
 * action          from                                   to            who
 * EDIT            any open state                         (stays)       manager, agency officer
 * ADD_EVIDENCE    any state but DROPPED                  (stays)       manager, agency officer
 * LINK_ISSUE      any open state                         (stays)       manager
 * START_ANALYSIS  IDENTIFIED                             ANALYSING     manager, agency officer
 * PROPOSE_FIX     ANALYSING                              FIX_PROPOSED  manager, agency officer
 * APPROVE         FIX_PROPOSED                           APPROVED      manager
 * IMPLEMENT       APPROVED                               IMPLEMENTED   manager, agency officer
 * VERIFY          IMPLEMENTED                            VERIFIED      manager (needs the measured days after the fix)
 * DROP            any open state                         DROPPED       manager (needs a reason)
 * </pre>
 * Only managers create bottlenecks. Leaders and association representatives only read. Input checks (a reason,
 * the measured days, a proposed fix) are the service's, not this table's.
 */
final class BottleneckWorkflow {

    /** How the current user stands to one bottleneck: their role and whether their agency is concerned or owner. */
    record Standing(Role role, boolean involvedAgency) {

        boolean manager() {
            return role == Role.INVESTMENT_OFFICER || role == Role.ADMIN;
        }

        boolean agencyOfficer() {
            return role == Role.AGENCY_OFFICER && involvedAgency;
        }
    }

    private record Rule(Set<BottleneckState> from, BottleneckState to, Predicate<Standing> who) {
    }

    static final Set<BottleneckState> OPEN = EnumSet.complementOf(EnumSet.copyOf(BottleneckState.FINAL));
    private static final Map<BottleneckAction, Rule> RULES = new EnumMap<>(BottleneckAction.class);

    static {
        Predicate<Standing> manager = Standing::manager;
        Predicate<Standing> managerOrAgency = who -> who.manager() || who.agencyOfficer();
        rule(BottleneckAction.EDIT, OPEN, null, managerOrAgency);
        rule(BottleneckAction.ADD_EVIDENCE, EnumSet.complementOf(EnumSet.of(DROPPED)), null, managerOrAgency);
        rule(BottleneckAction.LINK_ISSUE, OPEN, null, manager);
        rule(BottleneckAction.START_ANALYSIS, EnumSet.of(IDENTIFIED), ANALYSING, managerOrAgency);
        rule(BottleneckAction.PROPOSE_FIX, EnumSet.of(ANALYSING), FIX_PROPOSED, managerOrAgency);
        rule(BottleneckAction.APPROVE, EnumSet.of(FIX_PROPOSED), APPROVED, manager);
        rule(BottleneckAction.IMPLEMENT, EnumSet.of(APPROVED), IMPLEMENTED, managerOrAgency);
        rule(BottleneckAction.VERIFY, EnumSet.of(IMPLEMENTED), VERIFIED, manager);
        rule(BottleneckAction.DROP, OPEN, DROPPED, manager);
    }

    private BottleneckWorkflow() {
    }

    private static void rule(BottleneckAction action, Set<BottleneckState> from, BottleneckState to,
                             Predicate<Standing> who) {
        RULES.put(action, new Rule(EnumSet.copyOf(from), to, who));
    }

    static boolean mayCreate(Role role) {
        return role == Role.INVESTMENT_OFFICER || role == Role.ADMIN;
    }

    /** The state the action leads to (the same state for actions that do not move it), or empty if refused. */
    static Optional<BottleneckState> target(BottleneckState state, BottleneckAction action, Standing who) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.from().contains(state) || !rule.who().test(who)) {
            return Optional.empty();
        }
        return Optional.of(rule.to() == null ? state : rule.to());
    }

    /** Everything the user may do now on a bottleneck in {@code state}; never {@link BottleneckAction#CREATE}. */
    static Set<BottleneckAction> allowed(BottleneckState state, Standing who) {
        Set<BottleneckAction> allowed = EnumSet.noneOf(BottleneckAction.class);
        RULES.keySet().forEach(action -> target(state, action, who).ifPresent(target -> allowed.add(action)));
        return allowed;
    }
}

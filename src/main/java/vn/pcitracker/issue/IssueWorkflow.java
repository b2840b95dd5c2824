package vn.pcitracker.issue;

import static vn.pcitracker.issue.IssueState.ANSWERED;
import static vn.pcitracker.issue.IssueState.ASSIGNED;
import static vn.pcitracker.issue.IssueState.CLASSIFIED;
import static vn.pcitracker.issue.IssueState.CLOSED;
import static vn.pcitracker.issue.IssueState.FORWARDED;
import static vn.pcitracker.issue.IssueState.IN_PROGRESS;
import static vn.pcitracker.issue.IssueState.RECEIVED;
import static vn.pcitracker.issue.IssueState.REJECTED;
import static vn.pcitracker.issue.IssueState.REOPENED;
import static vn.pcitracker.issue.IssueState.SATISFIED;
import static vn.pcitracker.issue.IssueState.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.pcitracker.shared.Role;

/**
 * The one place that decides which action a user may take on an issue in which state, and where it leads.
 * The service refuses what this refuses, and the detail page offers what this allows, so the two never
 * disagree. Input checks (a reason, a DDCI component, a valid date) are the service's, not this table's.
 */
final class IssueWorkflow {

    /** How the current user stands to one issue: their role and what binds them to it. */
    record Standing(Role role, boolean leadAgency, boolean coordinatorAgency, boolean partyAssociation,
                    boolean submitterAssociation) {

        static Standing of(Role role) {
            return new Standing(role, false, false, false, false);
        }

        boolean investment() {
            return role == Role.INVESTMENT_OFFICER;
        }

        boolean leadOfficer() {
            return role == Role.AGENCY_OFFICER && leadAgency;
        }

        boolean involvedOfficer() {
            return role == Role.AGENCY_OFFICER && (leadAgency || coordinatorAgency);
        }

        boolean partyRepresentative() {
            return role == Role.ASSOCIATION_REP && partyAssociation;
        }

        boolean submitterRepresentative() {
            return role == Role.ASSOCIATION_REP && submitterAssociation;
        }
    }

    private record Rule(Set<IssueState> from, UnaryOperator<IssueState> to, Predicate<Standing> who) {
    }

    private static final Set<IssueState> NOT_FINAL = EnumSet.complementOf(EnumSet.copyOf(IssueState.FINAL));
    private static final Set<IssueState> AWAITING = IssueState.AWAITING_ANSWER;
    /** Received and not yet answered, or reopened: where a duplicate would join the queue. */
    static final Set<IssueState> OPEN = EnumSet.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED);
    private static final UnaryOperator<IssueState> STAYS = UnaryOperator.identity();

    private static final Map<IssueAction, Rule> RULES = new EnumMap<>(IssueAction.class);

    static {
        Predicate<Standing> investment = Standing::investment;
        Predicate<Standing> leadOrInvestment = who -> who.leadOfficer() || who.investment();
        rule(IssueAction.EDIT, NOT_FINAL, STAYS, investment);
        rule(IssueAction.CLASSIFY, EnumSet.of(RECEIVED), to(CLASSIFIED), investment);
        // A first assignment moves the issue on; a re-assignment while the answer is awaited keeps the state.
        rule(IssueAction.ASSIGN, EnumSet.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED),
                state -> AWAITING.contains(state) ? state : ASSIGNED, investment);
        rule(IssueAction.START, EnumSet.of(ASSIGNED), to(IN_PROGRESS), leadOrInvestment);
        rule(IssueAction.CONTRIBUTE, AWAITING, STAYS, who -> who.involvedOfficer() || who.investment());
        rule(IssueAction.ANSWER, AWAITING, to(ANSWERED), leadOrInvestment);
        Predicate<Standing> feedback = who -> who.partyRepresentative() || who.investment();
        rule(IssueAction.FEEDBACK_SATISFIED, EnumSet.of(ANSWERED), to(SATISFIED), feedback);
        rule(IssueAction.FEEDBACK_UNSATISFIED, EnumSet.of(ANSWERED), to(REOPENED), feedback);
        rule(IssueAction.CLOSE, EnumSet.of(SATISFIED, ANSWERED, FORWARDED), to(CLOSED), investment);
        rule(IssueAction.RESUME, EnumSet.of(REOPENED), to(IN_PROGRESS), leadOrInvestment);
        rule(IssueAction.FORWARD, EnumSet.of(CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED), to(FORWARDED), investment);
        Set<IssueState> rejectable = EnumSet.copyOf(NOT_FINAL);
        rejectable.removeAll(EnumSet.of(ANSWERED, SATISFIED));
        rule(IssueAction.REJECT, rejectable, to(REJECTED), investment);
        rule(IssueAction.WITHDRAW, NOT_FINAL, to(WITHDRAWN), who -> who.submitterRepresentative() || who.investment());
        rule(IssueAction.REQUEST_EXTENSION, AWAITING, STAYS, Standing::leadOfficer);
        rule(IssueAction.EXTEND, AWAITING, STAYS, investment);
        rule(IssueAction.CARRY_OVER, NOT_FINAL, STAYS, investment);
        // An association not yet a party joins an issue still being handled, rather than filing it again.
        rule(IssueAction.BACK, OPEN, STAYS, who -> who.role() == Role.ASSOCIATION_REP && !who.partyAssociation());
    }

    private IssueWorkflow() {
    }

    private static void rule(IssueAction action, Set<IssueState> from, UnaryOperator<IssueState> to,
                             Predicate<Standing> who) {
        RULES.put(action, new Rule(EnumSet.copyOf(from), to, who));
    }

    private static UnaryOperator<IssueState> to(IssueState target) {
        return state -> target;
    }

    /** Only investment officers log new issues, which start as {@link IssueState#RECEIVED}. */
    static boolean mayCreate(Role role) {
        return role == Role.INVESTMENT_OFFICER;
    }

    /** The state the action leads to (the same state for actions that do not move it), or empty if refused. */
    static Optional<IssueState> target(IssueState state, IssueAction action, Standing who) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.from().contains(state) || !rule.who().test(who)) {
            return Optional.empty();
        }
        return Optional.of(rule.to().apply(state));
    }

    /** Everything the user may do now on an issue in {@code state}; never {@link IssueAction#CREATE}. */
    static Set<IssueAction> allowed(IssueState state, Standing who) {
        Set<IssueAction> allowed = EnumSet.noneOf(IssueAction.class);
        RULES.keySet().forEach(action -> target(state, action, who).ifPresent(target -> allowed.add(action)));
        return allowed;
    }
}

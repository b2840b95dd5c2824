package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcitracker.issue.IssueWorkflow.Standing;
import vn.pcitracker.shared.Role;

/** Every state × action × standing, against the rules as the product owner wrote them (issue 3). */
class IssueWorkflowTest {

    enum Who {
        INVESTMENT(Standing.of(Role.INVESTMENT_OFFICER)),
        LEADER(Standing.of(Role.LEADER)),
        ADMIN(Standing.of(Role.ADMIN)),
        LEAD_AGENCY(new Standing(Role.AGENCY_OFFICER, true, false, false, false)),
        COORDINATING_AGENCY(new Standing(Role.AGENCY_OFFICER, false, true, false, false)),
        OTHER_AGENCY(Standing.of(Role.AGENCY_OFFICER)),
        SUBMITTING_ASSOCIATION(new Standing(Role.ASSOCIATION_REP, false, false, true, true)),
        BACKING_ASSOCIATION(new Standing(Role.ASSOCIATION_REP, false, false, true, false)),
        OTHER_ASSOCIATION(Standing.of(Role.ASSOCIATION_REP));

        final Standing standing;

        Who(Standing standing) {
            this.standing = standing;
        }
    }

    private static final Set<IssueState> NOT_FINAL = EnumSet.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, ANSWERED,
            SATISFIED, REOPENED, FORWARDED);
    private static final Set<IssueState> AWAITING = EnumSet.of(ASSIGNED, IN_PROGRESS, REOPENED);

    private record Rule(Set<Who> who, Set<IssueState> from) {
    }

    /** The rules written out once more, independently of the implementation's table. */
    private static final Map<IssueAction, Rule> EXPECTED = Map.ofEntries(
            Map.entry(IssueAction.CREATE, new Rule(Set.of(), Set.of())),
            Map.entry(IssueAction.EDIT, new Rule(Set.of(Who.INVESTMENT), NOT_FINAL)),
            Map.entry(IssueAction.CLASSIFY, new Rule(Set.of(Who.INVESTMENT), Set.of(RECEIVED))),
            Map.entry(IssueAction.ASSIGN, new Rule(Set.of(Who.INVESTMENT),
                    Set.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED))),
            Map.entry(IssueAction.START, new Rule(Set.of(Who.INVESTMENT, Who.LEAD_AGENCY), Set.of(ASSIGNED))),
            Map.entry(IssueAction.CONTRIBUTE, new Rule(Set.of(Who.INVESTMENT, Who.LEAD_AGENCY, Who.COORDINATING_AGENCY), AWAITING)),
            Map.entry(IssueAction.ANSWER, new Rule(Set.of(Who.INVESTMENT, Who.LEAD_AGENCY), AWAITING)),
            Map.entry(IssueAction.FEEDBACK_SATISFIED, new Rule(Set.of(Who.INVESTMENT, Who.SUBMITTING_ASSOCIATION,
                    Who.BACKING_ASSOCIATION), Set.of(ANSWERED))),
            Map.entry(IssueAction.FEEDBACK_UNSATISFIED, new Rule(Set.of(Who.INVESTMENT, Who.SUBMITTING_ASSOCIATION,
                    Who.BACKING_ASSOCIATION), Set.of(ANSWERED))),
            Map.entry(IssueAction.CLOSE, new Rule(Set.of(Who.INVESTMENT), Set.of(SATISFIED, ANSWERED, FORWARDED))),
            Map.entry(IssueAction.RESUME, new Rule(Set.of(Who.INVESTMENT, Who.LEAD_AGENCY), Set.of(REOPENED))),
            Map.entry(IssueAction.FORWARD, new Rule(Set.of(Who.INVESTMENT), Set.of(CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED))),
            Map.entry(IssueAction.REJECT, new Rule(Set.of(Who.INVESTMENT),
                    Set.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED, FORWARDED))),
            Map.entry(IssueAction.WITHDRAW, new Rule(Set.of(Who.INVESTMENT, Who.SUBMITTING_ASSOCIATION), NOT_FINAL)),
            Map.entry(IssueAction.REQUEST_EXTENSION, new Rule(Set.of(Who.LEAD_AGENCY), AWAITING)),
            Map.entry(IssueAction.EXTEND, new Rule(Set.of(Who.INVESTMENT), AWAITING)),
            Map.entry(IssueAction.CARRY_OVER, new Rule(Set.of(Who.INVESTMENT), NOT_FINAL)),
            Map.entry(IssueAction.BACK, new Rule(Set.of(Who.OTHER_ASSOCIATION),
                    Set.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED))));

    @ParameterizedTest
    @EnumSource(IssueState.class)
    void eachActionIsAllowedExactlyToTheRolesAndInTheStatesTheRulesName(IssueState state) {
        for (Who who : Who.values()) {
            for (IssueAction action : IssueAction.values()) {
                Rule rule = EXPECTED.get(action);
                boolean expected = rule.who().contains(who) && rule.from().contains(state);
                assertThat(IssueWorkflow.target(state, action, who.standing).isPresent())
                        .as("%s by %s in %s", action, who, state).isEqualTo(expected);
                assertThat(IssueWorkflow.allowed(state, who.standing).contains(action))
                        .as("%s offered to %s in %s", action, who, state).isEqualTo(expected);
            }
        }
    }

    @Test
    void theRulesCoverEveryAction() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(IssueAction.values());
    }

    @Test
    void movesLeadToTheStatesOfTheLifeOfARecommendation() {
        Standing investment = Who.INVESTMENT.standing;
        List.of(
                List.of(RECEIVED, IssueAction.CLASSIFY, CLASSIFIED),
                List.of(RECEIVED, IssueAction.ASSIGN, ASSIGNED),
                List.of(CLASSIFIED, IssueAction.ASSIGN, ASSIGNED),
                List.of(ASSIGNED, IssueAction.START, IN_PROGRESS),
                List.of(IN_PROGRESS, IssueAction.ANSWER, ANSWERED),
                List.of(ANSWERED, IssueAction.FEEDBACK_SATISFIED, SATISFIED),
                List.of(ANSWERED, IssueAction.FEEDBACK_UNSATISFIED, REOPENED),
                List.of(REOPENED, IssueAction.RESUME, IN_PROGRESS),
                List.of(SATISFIED, IssueAction.CLOSE, CLOSED),
                List.of(FORWARDED, IssueAction.CLOSE, CLOSED),
                List.of(IN_PROGRESS, IssueAction.FORWARD, FORWARDED),
                List.of(CLASSIFIED, IssueAction.REJECT, REJECTED),
                List.of(ANSWERED, IssueAction.WITHDRAW, WITHDRAWN)
        ).forEach(move -> assertThat(IssueWorkflow.target((IssueState) move.get(0), (IssueAction) move.get(1), investment))
                .as(move.toString()).contains((IssueState) move.get(2)));
    }

    @ParameterizedTest
    @EnumSource(value = IssueState.class, names = {"ASSIGNED", "IN_PROGRESS", "REOPENED"})
    void reassigningAndSideActionsWhileTheAnswerIsAwaitedKeepTheState(IssueState state) {
        for (IssueAction action : List.of(IssueAction.ASSIGN, IssueAction.EXTEND, IssueAction.CONTRIBUTE,
                IssueAction.EDIT, IssueAction.CARRY_OVER)) {
            assertThat(IssueWorkflow.target(state, action, Who.INVESTMENT.standing)).as(action.name()).contains(state);
        }
        assertThat(IssueWorkflow.target(state, IssueAction.REQUEST_EXTENSION, Who.LEAD_AGENCY.standing)).contains(state);
    }

    @Test
    void onlyInvestmentOfficersCreate() {
        for (Role role : Role.values()) {
            assertThat(IssueWorkflow.mayCreate(role)).as(role.name()).isEqualTo(role == Role.INVESTMENT_OFFICER);
        }
    }
}

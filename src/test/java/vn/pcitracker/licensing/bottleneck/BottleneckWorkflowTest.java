package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.ADD_EVIDENCE;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.APPROVE;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.DROP;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.EDIT;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.IMPLEMENT;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.LINK_ISSUE;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.PROPOSE_FIX;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.START_ANALYSIS;
import static vn.pcitracker.licensing.bottleneck.BottleneckAction.VERIFY;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcitracker.licensing.bottleneck.BottleneckWorkflow.Standing;
import vn.pcitracker.shared.Role;

class BottleneckWorkflowTest {

    private static final Standing INVESTMENT = new Standing(Role.INVESTMENT_OFFICER, false);
    private static final Standing ADMIN = new Standing(Role.ADMIN, false);
    private static final Standing OWN_AGENCY = new Standing(Role.AGENCY_OFFICER, true);
    private static final Standing OTHER_AGENCY = new Standing(Role.AGENCY_OFFICER, false);

    @Test
    void theHappyPathLeadsFromIdentifiedToVerifiedOneStepAtATime() {
        assertThat(BottleneckWorkflow.target(BottleneckState.IDENTIFIED, START_ANALYSIS, INVESTMENT)).hasValue(BottleneckState.ANALYSING);
        assertThat(BottleneckWorkflow.target(BottleneckState.ANALYSING, PROPOSE_FIX, INVESTMENT)).hasValue(BottleneckState.FIX_PROPOSED);
        assertThat(BottleneckWorkflow.target(BottleneckState.FIX_PROPOSED, APPROVE, INVESTMENT)).hasValue(BottleneckState.APPROVED);
        assertThat(BottleneckWorkflow.target(BottleneckState.APPROVED, IMPLEMENT, INVESTMENT)).hasValue(BottleneckState.IMPLEMENTED);
        assertThat(BottleneckWorkflow.target(BottleneckState.IMPLEMENTED, VERIFY, INVESTMENT)).hasValue(BottleneckState.VERIFIED);
        assertThat(BottleneckWorkflow.target(BottleneckState.IDENTIFIED, APPROVE, INVESTMENT)).isEmpty();
        assertThat(BottleneckWorkflow.target(BottleneckState.ANALYSING, VERIFY, INVESTMENT)).isEmpty();
    }

    @Test
    void anOfficerOfTheAgencyConcernedProposesAndImplementsButNeverApprovesVerifiesOrDrops() {
        assertThat(BottleneckWorkflow.allowed(BottleneckState.ANALYSING, OWN_AGENCY)).containsExactlyInAnyOrder(EDIT,
                ADD_EVIDENCE, PROPOSE_FIX);
        assertThat(BottleneckWorkflow.allowed(BottleneckState.FIX_PROPOSED, OWN_AGENCY)).containsExactlyInAnyOrder(EDIT,
                ADD_EVIDENCE);
        assertThat(BottleneckWorkflow.allowed(BottleneckState.APPROVED, OWN_AGENCY)).contains(IMPLEMENT);
        assertThat(BottleneckWorkflow.allowed(BottleneckState.IMPLEMENTED, OWN_AGENCY)).doesNotContain(VERIFY, DROP);
    }

    @ParameterizedTest
    @EnumSource(BottleneckState.class)
    void leadersAssociationsAndOfficersOfOtherAgenciesMayDoNothing(BottleneckState state) {
        assertThat(BottleneckWorkflow.allowed(state, new Standing(Role.LEADER, false))).isEmpty();
        assertThat(BottleneckWorkflow.allowed(state, new Standing(Role.ASSOCIATION_REP, false))).isEmpty();
        assertThat(BottleneckWorkflow.allowed(state, OTHER_AGENCY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BottleneckState.class, names = {"VERIFIED", "DROPPED"}, mode = EnumSource.Mode.EXCLUDE)
    void anyOpenBottleneckCanBeDroppedOrEditedByInvestmentOfficersAndAdministrators(BottleneckState state) {
        assertThat(BottleneckWorkflow.allowed(state, INVESTMENT)).contains(DROP, EDIT, LINK_ISSUE, ADD_EVIDENCE);
        assertThat(BottleneckWorkflow.allowed(state, ADMIN)).isEqualTo(BottleneckWorkflow.allowed(state, INVESTMENT));
    }

    @Test
    void finishedBottlenecksOnlyTakeMeasurementsAfterVerificationAndNothingOnceDropped() {
        assertThat(BottleneckWorkflow.allowed(BottleneckState.VERIFIED, INVESTMENT)).containsExactly(ADD_EVIDENCE);
        assertThat(BottleneckWorkflow.allowed(BottleneckState.DROPPED, INVESTMENT)).isEmpty();
        assertThat(BottleneckWorkflow.mayCreate(Role.INVESTMENT_OFFICER)).isTrue();
        assertThat(BottleneckWorkflow.mayCreate(Role.AGENCY_OFFICER)).isFalse();
        assertThat(BottleneckWorkflow.mayCreate(Role.LEADER)).isFalse();
    }
}

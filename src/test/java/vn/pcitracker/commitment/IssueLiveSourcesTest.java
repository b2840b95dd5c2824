package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.commitment.CommitmentDetails.CriterionResult;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.Feedback;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.security.TestLogins;

/**
 * Live criteria against recommendations created in the test and led by an agency made for it, so that only these
 * count: three issues assigned and answered today by the agency's officer (on time, 0 working days), the submitter
 * unsatisfied with one of them (reopened).
 */
@SpringBootTest
class IssueLiveSourcesTest {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired IssueFieldService fields;
    @Autowired DdciService ddci;
    private CommitmentFixtures fixtures;
    private CommitmentFixtures.Agency unit;

    @BeforeEach
    void threeAnsweredIssuesOneReopened() {
        fixtures = new CommitmentFixtures(context);
        unit = fixtures.newAgencyWithOfficer();
        for (int i = 0; i < 3; i++) {
            fixtures.signIn("investment");
            IssueDetails issue = issues.create(newIssue());
            issue = issues.assign(issue.id(), new Assignment(unit.id(), Set.of(), null, null), issue.version());
            fixtures.signIn(unit.officer());
            issue = issues.start(issue.id(), null, issue.version());
            issue = issues.answer(issue.id(), new Answer(AnswerKind.ON_SPOT, "Đã giải quyết", null, null), issue.version());
            if (i == 0) {
                fixtures.signIn("investment");
                issues.giveFeedback(issue.id(), new Feedback(false, 2, "Chưa thỏa đáng", true), issue.version());
            }
        }
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aCheckInOnLiveCriteriaStoresTheFiguresComputedForTheUnitsAgencyOverTheQuarter() {
        fixtures.signIn("investment");
        CommitmentDetails commitment = fixtures.commitments.create(fixtures.groupForm(unit.id(), List.of(unit.id()), List.of(
                CommitmentFixtures.live(IssueLiveSources.ON_TIME_ANSWER_RATE, Direction.HIGHER_IS_BETTER, "80", "95", 40),
                CommitmentFixtures.live(IssueLiveSources.AVERAGE_WORKING_DAYS_TO_ANSWER, Direction.LOWER_IS_BETTER, "10", "5", 20),
                CommitmentFixtures.live(IssueLiveSources.REOPEN_RATE, Direction.LOWER_IS_BETTER, "50", "0", 20),
                CommitmentFixtures.live(IssueLiveSources.SATISFACTION_766, Direction.HIGHER_IS_BETTER, "50", "100", 20))));

        fixtures.signIn(unit.officer());
        CommitmentDetails after = null;
        for (int i = 0; i < 4; i++) {
            // Whatever is typed for a live criterion is ignored: the computed value is stored.
            after = fixtures.checkIns.checkIn(fixtures.checkIn(commitment, i, 0, "1", CheckInStatus.ON_TRACK, null));
        }

        // On time 3 of 3 = 100 %; 0 working days on average; reopened 1 of 3 = 33.33 %; Decision 766: (3 − 1) ÷ 3 = 66.67 %.
        assertThat(after.checkIns()).extracting(e -> e.value().stripTrailingZeros().toPlainString())
                .containsExactly("100", "0", "33.33", "66.67");
        assertThat(after.checkIns()).allMatch(CommitmentDetails.CheckInEntry::computed);
        // The live value now is the same quarter's: the same figures.
        assertThat(after.unitScores().getFirst().criteria()).extracting(r -> r.liveNow().stripTrailingZeros().toPlainString())
                .containsExactly("100", "0", "33.33", "66.67");
        // 40 × 1 + 20 × 1 + 20 × (33.33 − 50) ÷ (0 − 50) + 20 × (66.67 − 50) ÷ (100 − 50) = 40 + 20 + 6.668 + 6.668
        assertThat(after.unitScores().getFirst().score()).isEqualTo(73.336, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after.unitScores().getFirst().criteria()).extracting(CriterionResult::achievement).first().isEqualTo(1.0);
    }

    private NewIssue newIssue() {
        long field = fields.fields().getFirst().id();
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        return new NewIssue("Kiến nghị cho giao ước " + UUID.randomUUID(), "Nội dung thử", IssueChannel.HOTLINE, null,
                field, IssuePriority.NORMAL, List.of(), List.of(), Set.of(component), false, null);
    }
}

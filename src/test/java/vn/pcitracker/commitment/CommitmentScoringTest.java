package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score on hand-computed numbers; each expected figure is worked out in the comment beside it. */
class CommitmentScoringTest {

    // On-time answers, higher is better: baseline 80 %, target 95 %, stretch 98 %, weight 40.
    private static final CommitmentScoring.Terms ON_TIME = terms(1, Direction.HIGHER_IS_BETTER, "80", "95", "98", 40);
    // Days to a construction permit, lower is better: baseline 20, target 12, weight 35.
    private static final CommitmentScoring.Terms PERMIT_DAYS = terms(2, Direction.LOWER_IS_BETTER, "20", "12", null, 35);
    // Trainings held, higher is better: baseline 0, target 10, weight 25.
    private static final CommitmentScoring.Terms TRAININGS = terms(3, Direction.HIGHER_IS_BETTER, "0", "10", null, 25);
    private static final List<CommitmentScoring.Terms> CRITERIA = List.of(ON_TIME, PERMIT_DAYS, TRAININGS);

    @Test
    void achievementIsTheShareOfTheWayFromBaselineToTargetInEitherDirection() {
        // (89 − 80) ÷ (95 − 80) = 9 ÷ 15 = 0.6
        assertThat(CommitmentScoring.achievement(ON_TIME, new BigDecimal("89"))).isCloseTo(0.6, within(1e-9));
        // (14 − 20) ÷ (12 − 20) = −6 ÷ −8 = 0.75
        assertThat(CommitmentScoring.achievement(PERMIT_DAYS, new BigDecimal("14"))).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void achievementIsClampedToZeroAndOneAndAMissingValueAchievesNothing() {
        assertThat(CommitmentScoring.achievement(TRAININGS, new BigDecimal("12"))).isEqualTo(1.0);
        assertThat(CommitmentScoring.achievement(ON_TIME, new BigDecimal("75"))).isEqualTo(0.0);
        assertThat(CommitmentScoring.achievement(PERMIT_DAYS, new BigDecimal("25"))).isEqualTo(0.0);
        assertThat(CommitmentScoring.achievement(ON_TIME, null)).isEqualTo(0.0);
    }

    @Test
    void theStretchGivesNoBonusButIsReported() {
        assertThat(CommitmentScoring.achievement(ON_TIME, new BigDecimal("99"))).isEqualTo(1.0);
        assertThat(CommitmentScoring.stretchReached(ON_TIME, new BigDecimal("99"))).isTrue();
        assertThat(CommitmentScoring.stretchReached(ON_TIME, new BigDecimal("96"))).isFalse();
        assertThat(CommitmentScoring.stretchReached(PERMIT_DAYS, new BigDecimal("1"))).isFalse();
    }

    @Test
    void aTargetThatDoesNotImproveOnTheBaselineScoresAllOrNothing() {
        // Flagged to the reviewer: target 85 below baseline 90 for a higher-is-better criterion.
        CommitmentScoring.Terms lowered = terms(4, Direction.HIGHER_IS_BETTER, "90", "85", null, 100);

        assertThat(CommitmentScoring.achievement(lowered, new BigDecimal("86"))).isEqualTo(1.0);
        assertThat(CommitmentScoring.achievement(lowered, new BigDecimal("84"))).isEqualTo(0.0);
    }

    @Test
    void unitScoreWeighsAchievementsAndTheCommitmentScoreIsTheMeanOfItsUnits() {
        // Unit 1: 40 × 0.6 + 35 × 0.75 + 25 × 1 = 24 + 26.25 + 25 = 75.25
        double first = CommitmentScoring.unitScore(CRITERIA,
                Map.of(1L, new BigDecimal("89"), 2L, new BigDecimal("14"), 3L, new BigDecimal("12")));
        // Unit 2: on-time 75 is below the baseline (0), permit 10 days beats the target (35 × 1), no trainings yet (0) = 35
        double second = CommitmentScoring.unitScore(CRITERIA, Map.of(1L, new BigDecimal("75"), 2L, new BigDecimal("10")));

        assertThat(first).isCloseTo(75.25, within(1e-9));
        assertThat(second).isCloseTo(35.0, within(1e-9));
        // (75.25 + 35) ÷ 2 = 55.125
        assertThat(CommitmentScoring.commitmentScore(List.of(first, second)).getAsDouble()).isCloseTo(55.125, within(1e-9));
        assertThat(CommitmentScoring.commitmentScore(List.of())).isEmpty();
    }

    private static CommitmentScoring.Terms terms(long id, Direction direction, String baseline, String target,
                                                 String stretch, int weight) {
        return new CommitmentScoring.Terms(id, direction, new BigDecimal(baseline), new BigDecimal(target),
                stretch == null ? null : new BigDecimal(stretch), weight);
    }
}

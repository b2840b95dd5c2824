package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The score of a commitment, defined once (and shown on screen in words, {@code commitment.CommitmentView.formula}):
 * <ul>
 * <li>achievement of a criterion for a unit = (value − baseline) ÷ (target − baseline), clamped to 0..1, where the
 * value is the unit's latest check-in value for the criterion. It works for both directions: for lower-is-better the
 * target lies below the baseline and both differences are negative. A value at least as good as the target (in the
 * criterion's direction) achieves 1; no value yet achieves 0. A target that does not improve on the baseline (a
 * gaming flag) leaves no way between them: achievement is 1 if the target is met, otherwise 0.</li>
 * <li>The stretch value gives <em>no bonus</em>: scores stay within 0..100 so that units compare on one scale;
 * reaching the stretch is shown beside the score instead.</li>
 * <li>unit score = Σ weight × achievement over the criteria (weights sum to 100, so 0..100).</li>
 * <li>commitment score = the mean of its units' scores.</li>
 * </ul>
 */
public final class CommitmentScoring {

    private CommitmentScoring() {
    }

    /** What scoring needs of a criterion. */
    public record Terms(long criterionId, Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal stretch,
                        int weight) {
    }

    public static double achievement(Terms terms, BigDecimal value) {
        if (value == null) {
            return 0;
        }
        if (terms.direction().atLeastAsGood(value, terms.target())) {
            return 1;
        }
        BigDecimal span = terms.target().subtract(terms.baseline());
        boolean improves = span.signum() != 0 && terms.direction().atLeastAsGood(terms.target(), terms.baseline());
        if (!improves) {
            return 0;
        }
        double progress = value.subtract(terms.baseline()).divide(span, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, Math.min(1, progress));
    }

    public static boolean stretchReached(Terms terms, BigDecimal value) {
        return value != null && terms.stretch() != null && terms.direction().atLeastAsGood(value, terms.stretch());
    }

    /** Σ weight × achievement; {@code values} holds the unit's latest value per criterion id (absent = none yet). */
    public static double unitScore(List<Terms> criteria, Map<Long, BigDecimal> values) {
        return criteria.stream().mapToDouble(terms -> terms.weight() * achievement(terms, values.get(terms.criterionId())))
                .sum();
    }

    /** The mean of the unit scores; empty for a commitment without units. */
    public static OptionalDouble commitmentScore(Collection<Double> unitScores) {
        return unitScores.stream().mapToDouble(Double::doubleValue).average();
    }
}

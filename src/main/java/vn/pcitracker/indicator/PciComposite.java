package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recomputes a PCI composite from sub-index scores and an edition's weights:
 * composite = Σ(weight × score) ÷ Σ weight × 10, which is Σ(weight × score) ÷ 10 when the weights sum to 100
 * (scores 0-10, composite 0-100). It never guesses: without weights, or with a weighted sub-index unscored,
 * the answer is "not computable" with the reason. Keys are sub-index codes.
 */
public final class PciComposite {

    private PciComposite() {
    }

    public static Result compute(Map<String, BigDecimal> weights, Map<String, BigDecimal> scores) {
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty() || weightSum.signum() <= 0) {
            return new NotComputable(Reason.NO_WEIGHTS, Set.of());
        }
        Set<String> missing = new TreeSet<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            if (weight.getValue().signum() == 0) {
                continue;
            }
            BigDecimal score = scores.get(weight.getKey());
            if (score == null) {
                missing.add(weight.getKey());
            } else {
                weighted = weighted.add(weight.getValue().multiply(score));
            }
        }
        if (!missing.isEmpty()) {
            return new NotComputable(Reason.MISSING_SCORES, missing);
        }
        BigDecimal composite = weighted.multiply(BigDecimal.TEN).divide(weightSum, MathContext.DECIMAL64);
        return new Computed(composite.setScale(2, RoundingMode.HALF_UP));
    }

    /** Why a composite could not be computed. */
    public enum Reason {
        NO_WEIGHTS,
        MISSING_SCORES
    }

    /** Either {@link Computed} or {@link NotComputable}. */
    public sealed interface Result permits Computed, NotComputable {

        /** The composite, or empty when it could not be computed. */
        default Optional<BigDecimal> value() {
            return this instanceof Computed(BigDecimal composite) ? Optional.of(composite) : Optional.empty();
        }
    }

    /** The composite, 0-100, rounded to two decimals as VCCI publishes it. */
    public record Computed(BigDecimal composite) implements Result {
    }

    /** No composite; {@code missingSubIndices} names the weighted sub-indices without a score. */
    public record NotComputable(Reason reason, Set<String> missingSubIndices) implements Result {
        public NotComputable {
            missingSubIndices = Set.copyOf(missingSubIndices);
        }
    }
}

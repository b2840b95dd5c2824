package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The what-if arithmetic, pure: the composite an edition's weights give for entered sub-index values
 * ({@link PciComposite}), the gap to a target composite, and each sub-index's sensitivity = weight ÷ Σ weights × 10,
 * the composite points one more point of that sub-index brings. The points a sub-index alone would need to close
 * the gap are gap ÷ sensitivity, capped by the 10-point ceiling of the sub-index.
 */
public final class PciWhatIf {

    private static final int SCALE = 2;

    private PciWhatIf() {
    }

    /**
     * Effects in the order of the weights, ranked by sensitivity (largest first, ties in sub-index order);
     * {@code targetComposite} and {@code targets} may be null or empty (no goal).
     */
    public static Outcome compute(Map<String, BigDecimal> weights, Map<String, BigDecimal> values,
                                  BigDecimal targetComposite, Map<String, BigDecimal> targets) {
        PciComposite.Result composite = PciComposite.compute(weights, values);
        BigDecimal gap = targetComposite == null ? null
                : composite.value().map(targetComposite::subtract).orElse(null);
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> order = List.copyOf(weights.keySet());
        List<Effect> effects = weights.entrySet().stream()
                .map(weight -> effect(weight.getKey(), weight.getValue(), weightSum, values.get(weight.getKey()),
                        targets == null ? null : targets.get(weight.getKey()), gap))
                .sorted(Comparator.comparing(Effect::sensitivity, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(effect -> order.indexOf(effect.code())))
                .toList();
        return new Outcome(composite, gap, effects);
    }

    private static Effect effect(String code, BigDecimal weight, BigDecimal weightSum, BigDecimal value,
                                 BigDecimal target, BigDecimal gap) {
        if (weightSum.signum() <= 0) {
            return new Effect(code, value, target, difference(target, value), null, null, false);
        }
        BigDecimal sensitivity = weight.multiply(BigDecimal.TEN).divide(weightSum, MathContext.DECIMAL64);
        BigDecimal needed = null;
        boolean enough = false;
        if (gap != null && value != null && sensitivity.signum() > 0) {
            BigDecimal exact = gap.signum() <= 0 ? BigDecimal.ZERO : gap.divide(sensitivity, MathContext.DECIMAL64);
            BigDecimal room = PciRules.MAX_SCORE.subtract(value);
            enough = exact.compareTo(room) <= 0;
            needed = (enough ? exact : room).setScale(SCALE, RoundingMode.UP);
        }
        return new Effect(code, value, target, difference(target, value),
                sensitivity.setScale(3, RoundingMode.HALF_UP), needed, enough);
    }

    private static BigDecimal difference(BigDecimal target, BigDecimal value) {
        return target == null || value == null ? null : target.subtract(value);
    }

    /** The composite (or why not), the gap to the target composite (null without one or without a composite). */
    public record Outcome(PciComposite.Result composite, BigDecimal gap, List<Effect> effects) {
    }

    /**
     * One sub-index: its value, its target and target − value (null without a target), its sensitivity (composite
     * points per +1 point; null without weights), the points it alone would add to close the gap (capped at what
     * is left below 10; null without a gap) and whether that closes the gap.
     */
    public record Effect(String code, BigDecimal value, BigDecimal target, BigDecimal targetGap,
                         BigDecimal sensitivity, BigDecimal pointsToCloseGap, boolean closesGapAlone) {
    }
}

package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed: weights A 20, B 5, C 25 (Σ 50); values A 6, B 8, C 4; target composite 60. */
class PciWhatIfTest {

    private static final Map<String, BigDecimal> WEIGHTS = ordered("A", "20", "B", "5", "C", "25");
    private static final Map<String, BigDecimal> VALUES = ordered("A", "6", "B", "8", "C", "4");

    @Test
    void theCompositeIsTheWeightedMeanTimesTenAndTheGapIsTargetMinusComposite() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(WEIGHTS, VALUES, new BigDecimal("60"), Map.of());

        // (20×6 + 5×8 + 25×4) ÷ 50 × 10 = 260 ÷ 50 × 10 = 52.00
        assertThat(outcome.composite().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("52.00"));
        assertThat(outcome.gap()).isEqualByComparingTo("8.00");
    }

    @Test
    void subIndicesAreRankedByCompositePointsPerPointWhichIsTheirShareOfTheWeightsTimesTen() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(WEIGHTS, VALUES, new BigDecimal("60"), Map.of());

        assertThat(outcome.effects()).extracting(PciWhatIf.Effect::code).containsExactly("C", "A", "B");
        // C: 25 ÷ 50 × 10 = 5; A: 20 ÷ 50 × 10 = 4; B: 5 ÷ 50 × 10 = 1
        assertThat(outcome.effects()).extracting(effect -> effect.sensitivity().doubleValue()).containsExactly(5.0, 4.0, 1.0);
    }

    @Test
    void thePointsOneSubIndexAloneWouldNeedAreGapOverSensitivityCappedAtTen() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(WEIGHTS, VALUES, new BigDecimal("60"), Map.of());

        PciWhatIf.Effect c = effect(outcome, "C");
        PciWhatIf.Effect a = effect(outcome, "A");
        PciWhatIf.Effect b = effect(outcome, "B");
        assertThat(c.pointsToCloseGap()).isEqualByComparingTo("1.60"); // 8 ÷ 5, from 4 to 5.6
        assertThat(c.closesGapAlone()).isTrue();
        assertThat(a.pointsToCloseGap()).isEqualByComparingTo("2.00"); // 8 ÷ 4, from 6 to exactly 8
        assertThat(a.closesGapAlone()).isTrue();
        assertThat(b.pointsToCloseGap()).isEqualByComparingTo("2.00"); // 8 ÷ 1 = 8 would pass 10: only 2 left
        assertThat(b.closesGapAlone()).isFalse();
    }

    @Test
    void eachSubIndexTargetGapIsTargetMinusValue() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(WEIGHTS, VALUES, new BigDecimal("60"), Map.of("A", new BigDecimal("7.50")));

        assertThat(effect(outcome, "A").targetGap()).isEqualByComparingTo("1.50");
        assertThat(effect(outcome, "B").targetGap()).isNull();
    }

    @Test
    void aCompositeAboveTheTargetNeedsNoMorePoints() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(WEIGHTS, VALUES, new BigDecimal("50"), Map.of());

        assertThat(outcome.gap()).isEqualByComparingTo("-2.00");
        assertThat(effect(outcome, "B").pointsToCloseGap()).isEqualByComparingTo("0");
        assertThat(effect(outcome, "B").closesGapAlone()).isTrue();
    }

    @Test
    void withoutWeightsNothingIsComputedOrRanked() {
        PciWhatIf.Outcome outcome = PciWhatIf.compute(Map.of(), VALUES, new BigDecimal("60"), Map.of());

        assertThat(outcome.composite()).isEqualTo(new PciComposite.NotComputable(PciComposite.Reason.NO_WEIGHTS, java.util.Set.of()));
        assertThat(outcome.gap()).isNull();
        assertThat(outcome.effects()).isEmpty();
    }

    private static PciWhatIf.Effect effect(PciWhatIf.Outcome outcome, String code) {
        return outcome.effects().stream().filter(effect -> effect.code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, BigDecimal> ordered(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }
}

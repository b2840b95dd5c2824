package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures from /work/shared/DOMAIN.md (pcivietnam.vn/en/provinces/hai-phong). */
class PciCompositeTest {

    private static final List<String> CODES = List.of("ENTRY", "LAND", "TRANSPARENCY", "TIME", "INFORMAL",
            "POLICY_BIAS", "PROACTIVITY", "BUSINESS_SUPPORT", "LABOUR", "LEGAL");
    private static final Map<String, BigDecimal> WEIGHTS_2016_2021 = map("5 5 20 5 10 5 5 20 20 5");

    @ParameterizedTest(name = "{0}: published {1}")
    @CsvSource({
            "2017, 65.15, 7.94 5.86 5.73 5.71 6.02 5.50 5.22 6.74 8.17 5.48",
            "2018, 64.48, 7.43 6.50 5.89 6.12 5.18 5.21 5.46 6.75 7.81 6.09",
            "2019, 68.73, 7.14 6.90 6.50 5.71 6.11 6.44 6.07 6.85 8.24 6.66",
            "2020, 69.27, 7.34 6.18 6.02 7.51 6.63 6.82 6.91 6.68 8.11 7.28",
            "2021, 70.61, 6.52 6.77 6.82 7.64 6.70 6.02 7.73 7.49 7.17 7.21"})
    void reproducesHaiPhongsPublishedCompositesWithTheWeightsUntil2021(int year, BigDecimal published, String scores) {
        BigDecimal computed = PciComposite.compute(WEIGHTS_2016_2021, map(scores)).value().orElseThrow();

        assertThat(computed).isCloseTo(published, within(new BigDecimal("0.02")));
    }

    @Test
    void gives67point63NotThePublished70point76ForHaiPhong2022BecauseTheWeightsChanged() {
        Map<String, BigDecimal> scores2022 = map("6.45 7.22 6.22 7.91 7.22 7.16 7.49 6.39 6.57 7.87");

        BigDecimal computed = PciComposite.compute(WEIGHTS_2016_2021, scores2022).value().orElseThrow();

        assertThat(computed).isEqualByComparingTo("67.63");
    }

    @Test
    void scalesByTheWeightTotalWhenTheWeightsDoNotSumTo100() {
        Map<String, BigDecimal> weights = Map.of("ENTRY", BigDecimal.ONE, "LAND", new BigDecimal("3"));
        Map<String, BigDecimal> scores = Map.of("ENTRY", new BigDecimal("8"), "LAND", new BigDecimal("4"));

        assertThat(PciComposite.compute(weights, scores).value()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("50.00"));
    }

    @Test
    void isNotComputableWithoutWeights() {
        PciComposite.Result result = PciComposite.compute(Map.of(), map("6.45 7.22 6.22 7.91 7.22 7.16 7.49 6.39 6.57 7.87"));

        assertThat(result).isEqualTo(new PciComposite.NotComputable(PciComposite.Reason.NO_WEIGHTS, Set.of()));
        assertThat(result.value()).isEmpty();
    }

    @Test
    void isNotComputableWhenAWeightedSubIndexHasNoScore() {
        Map<String, BigDecimal> scores = new HashMap<>(map("7.94 5.86 5.73 5.71 6.02 5.50 5.22 6.74 8.17 5.48"));
        scores.remove("LABOUR");

        PciComposite.Result result = PciComposite.compute(WEIGHTS_2016_2021, scores);

        assertThat(result).isInstanceOfSatisfying(PciComposite.NotComputable.class, notComputable -> {
            assertThat(notComputable.reason()).isEqualTo(PciComposite.Reason.MISSING_SCORES);
            assertThat(notComputable.missingSubIndices()).containsExactly("LABOUR");
        });
    }

    private static Map<String, BigDecimal> map(String values) {
        String[] parts = values.split(" ");
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < CODES.size(); i++) {
            result.put(CODES.get(i), new BigDecimal(parts[i]));
        }
        return result;
    }
}

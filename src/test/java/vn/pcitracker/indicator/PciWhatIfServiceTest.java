package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The calculator against Hai Phong's published figures (data/reference/, from pcivietnam.vn via DOMAIN.md): every
 * year with published sub-index scores and edition weights is reproduced within ±0.02.
 */
@SpringBootTest
@WithMockUser(roles = "LEADER")
class PciWhatIfServiceTest {

    @Autowired
    PciWhatIfService whatIf;

    @Autowired
    PciService pci;

    @ParameterizedTest(name = "{0}: published {1}")
    @CsvSource({"2017, 65.15", "2018, 64.48", "2019, 68.73", "2020, 69.27", "2021, 70.61"})
    void theCalculatorReproducesHaiPhongsPublishedCompositeWithTheEditionsWeights(int year, String published) {
        WhatIfResult result = whatIf.compute("hai-phong", year, scores(year), null);

        assertThat(result.edition().year()).isEqualTo(year);
        assertThat(result.outcome().composite().value().orElseThrow().doubleValue())
                .isCloseTo(Double.parseDouble(published), within(0.02));
    }

    @Test
    void for2016TheCalculatorSaysTheSubIndexScoresAreMissingInsteadOfGuessing() {
        assertThat(scores(2016)).isEmpty();

        WhatIfResult result = whatIf.compute("hai-phong", 2016, scores(2016), null);

        assertThat(result.computable()).isFalse();
        assertThat(result.outcome().composite()).isInstanceOfSatisfying(PciComposite.NotComputable.class,
                notComputable -> assertThat(notComputable.reason()).isEqualTo(PciComposite.Reason.MISSING_SCORES));
    }

    @Test
    void the2022ScoresWithThe2016To2021WeightsDoNotGiveThePublished2022CompositeBecauseTheWeightsChanged() {
        WhatIfResult result = whatIf.compute("hai-phong", 2021, scores(2022), null);

        BigDecimal computed = result.outcome().composite().value().orElseThrow();
        assertThat(computed).isEqualByComparingTo("67.63");
        assertThat(computed.subtract(new BigDecimal("70.76")).abs()).isGreaterThan(new BigDecimal("0.02"));
    }

    @Test
    void anEditionWithoutWeightsIsNotComputable() {
        WhatIfResult result = whatIf.compute("hai-phong", 2022, scores(2022), null);

        assertThat(result.computable()).isFalse();
        assertThat(result.outcome().composite()).isInstanceOfSatisfying(PciComposite.NotComputable.class,
                notComputable -> assertThat(notComputable.reason()).isEqualTo(PciComposite.Reason.NO_WEIGHTS));
    }

    @Test
    void byDefaultTheNewestEditionWithWeightsIsUsedAndTheStartingPointIsTheNewestPublishedScores() {
        assertThat(whatIf.editionsWithWeights()).startsWith(2021, 2020, 2019);
        assertThat(whatIf.latestPublishedScores("hai-phong").orElseThrow().year()).isEqualTo(2022);

        WhatIfResult result = whatIf.compute("hai-phong", null, scores(2021), null);

        assertThat(result.edition().year()).isEqualTo(2021);
    }

    @Test
    void theGapToTheDemoGoalOf2026AndTheMostSensitiveSubIndicesAreHandComputed() {
        WhatIfResult result = whatIf.compute("hai-phong", 2021, scores(2021), 2026);

        // 2021 scores with the 2016-2021 weights: (5×41.89 + 20×21.48 + 10×6.70) ÷ 10 = 70.605 → 70.61; goal 76.00
        assertThat(result.outcome().composite().value().orElseThrow()).isEqualByComparingTo("70.61");
        assertThat(result.outcome().gap()).isEqualByComparingTo("5.39");
        PciWhatIf.Effect first = result.outcome().effects().getFirst();
        assertThat(first.code()).isEqualTo("TRANSPARENCY"); // weight 20 of 100: 2 points per point, first of the three
        assertThat(first.sensitivity()).isEqualByComparingTo("2.000");
        assertThat(first.target()).isEqualByComparingTo("7.20");
        assertThat(first.targetGap()).isEqualByComparingTo("0.38"); // 7.20 − 6.82
        assertThat(first.pointsToCloseGap()).isEqualByComparingTo("2.70"); // 5.39 ÷ 2 = 2.695, rounded up
        assertThat(first.closesGapAlone()).isTrue(); // 6.82 + 2.70 ≤ 10
        assertThat(result.outcome().effects().getLast().sensitivity()).isEqualByComparingTo("0.500"); // 5 of 100
    }

    @Test
    @WithMockUser(roles = "ASSOCIATION_REP")
    void associationRepresentativesDoNotUseTheCalculator() {
        assertThatThrownBy(() -> whatIf.compute("hai-phong", null, Map.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Map<String, BigDecimal> scores(int year) {
        return pci.history("hai-phong").year(year).orElseThrow().subIndexScores();
    }
}

package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.ValidationException;

/** Each test works on an edition of its own far-future year (2090+), rolled back afterwards. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class PciEditionServiceTest {

    private static final List<String> CODES = List.of("ENTRY", "LAND", "TRANSPARENCY", "TIME", "INFORMAL",
            "POLICY_BIAS", "PROACTIVITY", "BUSINESS_SUPPORT", "LABOUR", "LEGAL");
    private static final String SOURCE = "VCCI, Báo cáo PCI 2090, phụ lục phương pháp";

    @Autowired
    PciEditionService editions;

    @Autowired
    PciService pci;

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void anAdministratorAddsAnEditionAndEntersWeightsThatSumTo100ThenItsCompositeIsComputable() {
        EditionSummary added = editions.addEdition(2090, "Ấn bản thử", "https://pcivietnam.vn");
        assertThat(added.hasWeights()).isFalse();

        EditionSummary weighted = editions.enterWeights(2090, weights("10", "10", "10", "10", "10", "10", "10", "10", "10", "10"),
                SOURCE, added.version());

        assertThat(weighted.weights()).containsOnlyKeys(CODES).allSatisfy((code, weight) -> assertThat(weight).isEqualByComparingTo("10"));
        assertThat(weighted.weightsSource()).isEqualTo(SOURCE);
        assertThat(weighted.version()).isGreaterThan(added.version());
        assertThat(pci.weights(2090).orElseThrow().total()).isEqualByComparingTo("100");
        assertThat(editions.editions().getFirst().year()).isEqualTo(2090);
    }

    @Test
    void aSourceThatIsNotAWebAddressIsRefusedSoThatItsLinkCannotRunScript() {
        assertThatThrownBy(() -> editions.addEdition(2097, null, "javascript:window.__xss=1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("sourceUrl shared.validation.notWebAddress"));
        assertThat(editions.editions()).extracting(EditionSummary::year).doesNotContain(2097);
    }

    @Test
    void weightsThatDoNotSumTo100AreRefusedWithTheirSum() {
        EditionSummary added = editions.addEdition(2091, null, null);

        assertThatThrownBy(() -> editions.enterWeights(2091, weights("10", "10", "10", "10", "10", "10", "10", "10", "10", "9.5"),
                SOURCE, added.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("indicator.PciEditionService.totalNot100");
                            assertThat(v.args()).containsExactly("99.5");
                        }));
        assertThat(pci.weights(2091).orElseThrow().hasWeights()).isFalse();
    }

    @Test
    void aNegativeWeightAMissingSubIndexAnUnknownCodeAndAMissingSourceAreEachReported() {
        EditionSummary added = editions.addEdition(2092, null, null);
        Map<String, BigDecimal> weights = weights("-5", "15", "20", "5", "10", "5", "5", "20", "20", "5");
        weights.remove("LEGAL");
        weights.put("HAPPINESS", new BigDecimal("5"));

        assertThatThrownBy(() -> editions.enterWeights(2092, weights, " ", added.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey()).containsExactlyInAnyOrder(
                                "source shared.validation.required",
                                "HAPPINESS indicator.PciEditionService.unknownSubIndex",
                                "ENTRY indicator.PciEditionService.weightRange",
                                "LEGAL shared.validation.required"));
    }

    @Test
    void aStaleVersionIsRefused() {
        EditionSummary added = editions.addEdition(2093, null, null);
        editions.enterWeights(2093, weights("5", "5", "20", "5", "10", "5", "5", "20", "20", "5"), SOURCE, added.version());

        assertThatThrownBy(() -> editions.clearWeights(2093, added.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void clearingTheWeightsMakesTheEditionNotComputableAgain() {
        EditionSummary added = editions.addEdition(2094, null, null);
        EditionSummary weighted = editions.enterWeights(2094, weights("5", "5", "20", "5", "10", "5", "5", "20", "20", "5"),
                SOURCE, added.version());

        EditionSummary cleared = editions.clearWeights(2094, weighted.version());

        assertThat(cleared.hasWeights()).isFalse();
        assertThat(cleared.weightsEditedLocally()).isTrue();
        assertThat(PciComposite.compute(pci.weights(2094).orElseThrow().weights(), Map.of()).value()).isEmpty();
    }

    @Test
    void clearedReferenceWeightsStayClearedWhenTheReferenceDataIsReloaded() {
        EditionSummary e2016 = editions.editions().stream().filter(e -> e.year() == 2016).findFirst().orElseThrow();
        editions.clearWeights(2016, e2016.version());

        List<LoadResult> reload = referenceData.reload();

        assertThat(pci.weights(2016).orElseThrow().hasWeights()).isFalse();
        assertThat(reload).filteredOn(result -> result.dataSet().equals("reference/pci_edition_weights.csv"))
                .singleElement().satisfies(result -> assertThat(result.keptLocalEdits()).isEqualTo(10));
    }

    @Test
    void anEditionYearIsUniqueAndAPciYear() {
        assertThatThrownBy(() -> editions.addEdition(2021, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("indicator.PciEditionService.yearTaken"));
        assertThatThrownBy(() -> editions.addEdition(1999, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("indicator.PciEditionService.yearRange"));
    }

    @Test
    @WithMockUser(roles = "INVESTMENT_OFFICER")
    void onlyAdministratorsChangeEditionsButEveryoneSignedInReadsThem() {
        assertThat(editions.editions()).extracting(EditionSummary::year).contains(2021, 2022);
        assertThatThrownBy(() -> editions.addEdition(2095, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editions.clearWeights(2021, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editions.enterWeights(2021, Map.of(), SOURCE, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, BigDecimal> weights(String... values) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < CODES.size(); i++) {
            weights.put(CODES.get(i), new BigDecimal(values[i]));
        }
        return weights;
    }
}

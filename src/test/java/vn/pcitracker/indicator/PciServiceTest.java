package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.RecordNotFoundException;

/** Against the reference data in data/reference/, whose figures come from /work/shared/DOMAIN.md. */
@SpringBootTest
@WithMockUser(roles = "LEADER")
class PciServiceTest {


    @Autowired
    PciService pci;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void haiPhongsHistoryHasThePublishedCompositeAndRankForEveryYearFrom2006To2024() {
        ProvinceHistory history = pci.history("hai-phong");

        assertThat(history.years()).extracting(PciYearResult::year)
                .containsExactlyElementsOf(IntStream.rangeClosed(2006, 2024).boxed().toList());
        assertThat(history.years()).allSatisfy(year -> {
            assertThat(year.composite()).isNotNull();
            assertThat(year.rank()).isNotNull();
            assertThat(year.sourceUrl()).startsWith("https://");
        });
        assertPublished(history, 2006, "49.98", 42);
        assertPublished(history, 2008, "47.68", 48);
        assertPublished(history, 2012, "53.58", 50);
        assertPublished(history, 2016, "60.10", 21);
        assertPublished(history, 2019, "68.73", 10);
        assertPublished(history, 2021, "70.61", 2);
        assertPublished(history, 2022, "70.76", 3);
        assertPublished(history, 2023, "70.34", 3);
        assertPublished(history, 2024, "74.84", 1);
    }

    @Test
    void haiPhongHasSubIndexScoresFor2017To2022OnlyAndNoneGuessedFor2023Or2024() {
        ProvinceHistory history = pci.history("hai-phong");

        assertThat(history.years()).filteredOn(PciYearResult::hasSubIndexScores).extracting(PciYearResult::year)
                .containsExactly(2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(history.year(2023).orElseThrow().subIndexScores()).isEmpty();
        assertThat(history.year(2024).orElseThrow().subIndexScores()).isEmpty();
        assertThat(history.year(2019).orElseThrow().subIndexScores())
                .containsKeys("ENTRY", "LEGAL").hasSize(10)
                .hasEntrySatisfying("LABOUR", score -> assertThat(score).isEqualByComparingTo("8.24"));
        assertThat(history.subIndices()).extracting(SubIndex::code).first().isEqualTo("ENTRY");
    }

    @Test
    void otherProvincesHaveOnlyTheYearsDomainGivesWithGapsElsewhere() {
        ProvinceHistory haiDuong = pci.history("hai-duong");

        assertThat(haiDuong.years()).filteredOn(year -> year.composite() != null).extracting(PciYearResult::year)
                .containsExactly(2021, 2023, 2024);
        assertPublished(haiDuong, 2023, "68.68", 17);
        assertPublished(pci.history("quang-ninh"), 2024, "73.20", 2);
    }

    @Test
    void editions2016To2021HaveWeightsSummingTo100AndLaterEditionsNone() {
        for (int year = 2016; year <= 2021; year++) {
            EditionWeights weights = pci.weights(year).orElseThrow();
            assertThat(weights.weights()).hasSize(10);
            assertThat(weights.total()).isEqualByComparingTo("100");
        }
        for (int year : List.of(2006, 2015, 2022, 2023, 2024)) {
            EditionWeights weights = pci.weights(year).orElseThrow();
            assertThat(weights.hasWeights()).as("weights of %d", year).isFalse();
            assertThat(weights.note()).isNotBlank();
        }
        assertThat(pci.weights(2005)).isEmpty();
    }

    @Test
    void theComposite2019ComputedFromStoredScoresMatchesThePublished68point73() {
        CompositeCheck check = pci.computedComposite("hai-phong", 2019);

        assertThat(check.published()).isEqualByComparingTo("68.73");
        assertThat(check.computed().value().orElseThrow()).isCloseTo(new BigDecimal("68.73"), within(new BigDecimal("0.02")));
    }

    @Test
    void theComposite2023IsNotComputableBecauseThatEditionHasNoWeights() {
        CompositeCheck check = pci.computedComposite("hai-phong", 2023);

        assertThat(check.computed()).isEqualTo(new PciComposite.NotComputable(PciComposite.Reason.NO_WEIGHTS, Set.of()));
        assertThat(check.difference()).isEmpty();
    }

    @Test
    @Transactional
    @WithMockUser(roles = "ADMIN")
    void loadingTheReferenceDataAgainChangesNothingAndKeepsWeightsAnAdministratorEntered() {
        jdbc.update("""
                insert into pci_edition_weight (edition_id, sub_index_id, weight)
                select e.id, s.id, 7 from pci_edition e, pci_sub_index s where e.year = 2023 and s.code = 'ENTRY'""");

        List<LoadResult> second = referenceData.reload();

        assertThat(second).filteredOn(result -> result.dataSet().startsWith("reference/pci_")
                        || result.dataSet().startsWith("reference/provinces")
                        || result.dataSet().startsWith("reference/ddci_"))
                .hasSize(9)
                .allSatisfy(result -> {
                    assertThat(result.inserted()).as(result.dataSet()).isZero();
                    assertThat(result.updated()).as(result.dataSet()).isZero();
                });
        assertThat(pci.weights(2023).orElseThrow().weights())
                .hasEntrySatisfying("ENTRY", weight -> assertThat(weight).isEqualByComparingTo("7"));
    }

    @Test
    void anUnknownProvinceIsReportedAsNotFound() {
        assertThatThrownBy(() -> pci.history("atlantis")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousUsersCannotReadPciData() {
        assertThatThrownBy(() -> pci.history("hai-phong")).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertPublished(ProvinceHistory history, int year, String composite, int rank) {
        PciYearResult result = history.year(year).orElseThrow();
        assertThat(result.composite()).as("composite %d", year).isEqualByComparingTo(composite);
        assertThat(result.rank()).as("rank %d", year).isEqualTo(rank);
    }
}

package vn.pcitracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.commitment.CommitmentDashboardFigures.UnitProgress;
import vn.pcitracker.commitment.GamingFlag;
import vn.pcitracker.licensing.bottleneck.BottleneckDashboardFigures;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/**
 * The figures the dashboard module assembles itself (open bottlenecks, commitment progress, flags and criteria per
 * PCI sub-index, the gap to the goal) against a small 2019 data set of a new agency, numbers worked out by hand in
 * the comments; and who may see what. Sub-index X is ENTRY, Y is LAND.
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class DashboardServiceTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2019, 6, 30);

    @Autowired DashboardService dashboard;
    @Autowired BottleneckDashboardFigures bottlenecks;
    @Autowired CommitmentDashboardFigures commitments;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private DashboardFixture data;
    private long commitment;

    @BeforeEach
    void fixture() {
        data = new DashboardFixture(jdbc, agencies);
        long x = data.component("ENTRY");
        long xy = data.component("ENTRY", "LAND");
        // Open on 30 June and the agency's: B1 (X through both components, counted once; Y), B2 (X), B7 (owned by
        // the agency, X and Y) => X 3, Y 2. Left out: B3 fixed, B4 identified later, B5 dropped, B6 another agency's.
        data.bottleneck(data.agency, null, "IDENTIFIED", LocalDate.of(2019, 3, 1), x, xy);
        data.bottleneck(data.agency, null, "APPROVED", LocalDate.of(2019, 4, 1), x);
        data.bottleneck(data.agency, null, "IMPLEMENTED", LocalDate.of(2019, 4, 10), x);
        data.bottleneck(data.agency, null, "IDENTIFIED", LocalDate.of(2019, 8, 1), x);
        data.bottleneck(data.agency, null, "DROPPED", LocalDate.of(2019, 2, 1), x);
        data.bottleneck(data.otherAgency, null, "IDENTIFIED", LocalDate.of(2019, 2, 1), x);
        data.bottleneck(data.otherAgency, data.agency, "ANALYSING", LocalDate.of(2019, 5, 1), xy);

        commitment = data.commitment(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        long unit1 = data.division(commitment, 1, "Phòng Một");
        long unit2 = data.division(commitment, 2, "Phòng Hai");
        // K1: 60 points, 50 -> 90, linked to Y directly. K2: 40 points, 10 -> 10 (no improvement: flagged), through
        // component XY => criteria X 1 (K2), Y 2 (K1, K2).
        long k1 = data.criterion(commitment, 1, "HIGHER_IS_BETTER", 50, 90, 60, null, "LAND");
        long k2 = data.criterion(commitment, 2, "LOWER_IS_BETTER", 10, 10, 40, xy, null);
        // Unit 1: K1 = 70, (70-50)/(90-50) = 0.5 => 30 points; K2 none => 0. Score 30.
        data.checkIn(k1, unit1, 70, "ON_TRACK", "Đúng tiến độ");
        // Unit 2: K1 = 90 => 60; K2 = 10, the target => 40. Score 100. Both only "done" without evidence: 2 flags.
        data.checkIn(k1, unit2, 90, "DONE", null);
        data.checkIn(k2, unit2, 10, "DONE", null);
        // A 2018 commitment of the agency with a criterion on X: another year, not counted in 2019.
        long old = data.commitment(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        data.criterion(old, 1, "HIGHER_IS_BETTER", 1, 2, 100, null, "ENTRY");
        // One open recommendation of the agency linked to X, received in May.
        data.openIssue(LocalDate.of(2019, 5, 2), x);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void openBottlenecksArePerSubIndexOncePerBottleneckIncludingFixesTheAgencyOwns() {
        assertThat(bottlenecks.openByPciSubIndex(JUNE_30, data.agency)).isEqualTo(Map.of("ENTRY", 3L, "LAND", 2L));
        // On 31 March only B1 had been identified.
        assertThat(bottlenecks.openByPciSubIndex(LocalDate.of(2019, 3, 31), data.agency)).isEqualTo(Map.of("ENTRY", 1L, "LAND", 1L));
    }

    @Test
    void eachUnitsProgressIsItsScoreOnTheCommitmentsPage() {
        CommitmentDashboardFigures.Progress progress = commitments.progress(2019, data.agency);

        assertThat(progress.units()).extracting(UnitProgress::divisionName, UnitProgress::score)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Phòng Một", 30.0),
                        org.assertj.core.groups.Tuple.tuple("Phòng Hai", 100.0));
        assertThat(progress.units()).allSatisfy(unit -> assertThat(unit.commitmentId()).isEqualTo(commitment));
        assertThat(commitments.progress(2020, data.agency).units()).isEmpty();
    }

    @Test
    void flagsAreCountedPerCommitmentAndKind() {
        CommitmentDashboardFigures.CommitmentFlags flags = commitments.progress(2019, data.agency).flags().stream()
                .filter(c -> c.commitmentId() == commitment).findFirst().orElseThrow();

        assertThat(flags.byKind()).isEqualTo(Map.of(GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE, 1L,
                GamingFlag.Kind.DONE_WITHOUT_EVIDENCE, 2L));
        assertThat(flags.total()).isEqualTo(3);
    }

    @Test
    void criteriaAreLinkedToASubIndexDirectlyOrThroughTheirDdciComponent() {
        assertThat(commitments.criteriaByPciSubIndex(2019, data.agency)).isEqualTo(Map.of("ENTRY", 1L, "LAND", 2L));
        assertThat(commitments.criteriaByPciSubIndex(2018, data.agency)).isEqualTo(Map.of("ENTRY", 1L));
        assertThat(commitments.criteriaByPciSubIndex(2019, data.otherAgency)).isEmpty();
    }

    @Test
    void theGapIsTheNextGoalsTargetMinusTheLatestPublishedScoreWithWhatIsLinkedToIt() {
        DashboardFigures figures = dashboard.figures(DashboardPeriod.custom(LocalDate.of(2019, 1, 1), JUNE_30), data.agency);
        PciStanding pci = figures.pci();
        SubIndexGap entry = gap(pci, "ENTRY");
        SubIndexGap land = gap(pci, "LAND");

        // The next goal after 2019 that sets sub-index targets is the demo's 2026 one; the latest scores are 2022's.
        assertThat(pci.goal().year()).isEqualTo(2026);
        assertThat(pci.latestScoredYear()).isEqualTo(2022);
        // ENTRY: 7.00 - 6.45 = 0.55; LAND: 7.50 - 7.22 = 0.28; TRANSPARENCY: 7.20 - 6.22 = 0.98.
        assertThat(entry.gap()).isEqualByComparingTo(new BigDecimal("0.55"));
        assertThat(land.gap()).isEqualByComparingTo(new BigDecimal("0.28"));
        assertThat(gap(pci, "TRANSPARENCY").gap()).isEqualByComparingTo(new BigDecimal("0.98"));
        assertThat(entry).extracting(SubIndexGap::openRecommendations, SubIndexGap::openBottlenecks, SubIndexGap::commitmentCriteria)
                .containsExactly(1L, 3L, 1L);
        assertThat(land).extracting(SubIndexGap::openRecommendations, SubIndexGap::openBottlenecks, SubIndexGap::commitmentCriteria)
                .containsExactly(0L, 2L, 2L);
        assertThat(figures.commitmentYear()).isEqualTo(2019);
        assertThat(figures.agencyFixed()).isFalse();
    }

    @Test
    void anAgencyOfficerAlwaysSeesTheirOwnAgencyWhateverTheyAskFor() {
        TestLogins.signIn(context, "agency");
        long own = jdbc.queryForObject("SELECT agency_id FROM user_account WHERE username = 'agency'", Long.class);

        DashboardFigures figures = dashboard.figures(DashboardPeriod.custom(LocalDate.of(2019, 1, 1), JUNE_30), data.agency);

        assertThat(figures.scope().agencyId()).isEqualTo(own);
        assertThat(figures.agencyFixed()).isTrue();
        assertThat(gap(figures.pci(), "ENTRY").openBottlenecks()).isZero();
        assertThat(bottlenecks.openByPciSubIndex(JUNE_30, data.agency)).isEmpty();
        assertThat(commitments.criteriaByPciSubIndex(2019, data.agency)).isEmpty();
        assertThat(figures.commitments().units()).noneMatch(unit -> unit.commitmentId() == commitment);
    }

    @Test
    void associationRepresentativesAreRefused() {
        TestLogins.signIn(context, "association");

        assertThatThrownBy(() -> dashboard.figures(DashboardPeriod.of(DashboardPeriod.Preset.THIS_YEAR, JUNE_30), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bottlenecks.openByPciSubIndex(JUNE_30, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.progress(2019, null)).isInstanceOf(AccessDeniedException.class);
    }

    private static SubIndexGap gap(PciStanding pci, String code) {
        return pci.gaps().stream().filter(g -> g.subIndex().code().equals(code)).findFirst().orElseThrow();
    }
}

package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.security.TestLogins;

/** Demo mode brings a believable 2026 of commitments, checked in by the demo officers through the real services. */
@SpringBootTest
class DemoCommitmentDataTest {

    private static final String DIVISIONS = "Giao ước thi đua năm 2026 giữa Giám đốc Sở Xây dựng và các phòng chuyên môn về cải thiện chỉ số DDCI";
    private static final String GROUP = "Giao ước thi đua năm 2026 của khối sở ngành về cải thiện môi trường kinh doanh";

    @Autowired ApplicationContext context;
    @Autowired CommitmentService commitments;
    @Autowired ReferenceDataService referenceData;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private CommitmentDetails demo(String title) {
        long id = commitments.search(new CommitmentFilter(2026, null, title)).stream()
                .filter(c -> c.title().equals(title) && c.synthetic()).findFirst().orElseThrow().id();
        return commitments.find(id).orElseThrow();
    }

    @Test
    void theDivisionCommitmentShowsBothGamingFlagsOnPurpose() {
        TestLogins.signIn(context, "leader");
        CommitmentDetails divisions = demo(DIVISIONS);

        assertThat(divisions.units()).extracting(CommitmentDetails.Unit::divisionName)
                .containsExactly("Phòng Quản lý xây dựng", "Phòng Quản lý hạ tầng kỹ thuật", "Phòng Phát triển đô thị");
        long lastDivision = divisions.units().get(2).id();
        assertThat(divisions.flags()).extracting(GamingFlag::kind, f -> divisions.criterion(f.criterionId()).name(), GamingFlag::unitId)
                .containsExactlyInAnyOrder(
                        tuple(GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE, "Tỷ lệ hồ sơ giải quyết đúng hạn", null),
                        tuple(GamingFlag.Kind.DONE_WITHOUT_EVIDENCE, "Số phản ánh nhũng nhiễu doanh nghiệp được xác minh", lastDivision));
        assertThat(divisions.checkIns()).hasSize(36).allMatch(e -> e.year() == 2026 && e.quarter() <= 3);
        assertThat(divisions.score()).isBetween(50.0, 90.0);
    }

    @Test
    void theGroupCommitmentComputesItsLiveCriteriaFromTheDemoRecommendations() {
        TestLogins.signIn(context, "agency");
        CommitmentDetails group = demo(GROUP);
        long construction = context.getBean(AgencyService.class).findByCode("S-XD").orElseThrow().id();
        long unit = group.units().stream().filter(u -> u.agencyId() == construction).findFirst().orElseThrow().id();
        long onTime = group.criteria().getFirst().id();

        // Sở Xây dựng answered its demo recommendations on the day they were assigned: on time, 100 %.
        assertThat(group.checkIns()).filteredOn(e -> e.criterionId() == onTime && e.unitId() == unit)
                .extracting(e -> e.value().stripTrailingZeros().toPlainString(), CommitmentDetails.CheckInEntry::computed)
                .containsExactly(tuple("100", true));
        assertThat(group.units()).hasSize(4);
        assertThat(group.flags()).isEmpty();
        assertThat(group.checkInUnitIds()).containsExactly(unit);
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        TestLogins.signIn(context, "admin");
        List<LoadResult> results = referenceData.reload();

        assertThat(results).filteredOn(r -> r.dataSet().equals("demo commitments")).singleElement()
                .satisfies(r -> assertThat(r.inserted()).isZero());
    }
}

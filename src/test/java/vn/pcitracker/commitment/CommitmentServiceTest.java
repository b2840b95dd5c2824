package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcitracker.commitment.CommitmentFixtures.manual;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ValidationException.Violation;

@SpringBootTest
class CommitmentServiceTest {

    @Autowired ApplicationContext context;
    private CommitmentFixtures fixtures;
    private CommitmentService commitments;
    private CommitmentFixtures.Agency signer;
    private CommitmentFixtures.Agency unit;
    private CommitmentFixtures.Agency outsider;

    @BeforeEach
    void fixture() {
        fixtures = new CommitmentFixtures(context);
        commitments = fixtures.commitments;
        signer = fixtures.newAgencyWithOfficer();
        unit = fixtures.newAgencyWithOfficer();
        outsider = fixtures.newAgencyWithOfficer();
        fixtures.signIn("investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private static List<CriterionForm> twoCriteria() {
        return List.of(manual("Tỷ lệ hồ sơ đúng hạn", Direction.HIGHER_IS_BETTER, "80", "95", 60),
                manual("Số phản ánh nhũng nhiễu", Direction.LOWER_IS_BETTER, "4", "0", 40));
    }

    @Test
    void anInvestmentOfficerRecordsACommitmentWithItsUnitsAndCriteria() {
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria()));

        CommitmentDetails read = commitments.find(created.id()).orElseThrow();
        assertThat(read.units()).extracting(CommitmentDetails.Unit::agencyId).containsExactly(unit.id());
        assertThat(read.criteria()).extracting(CommitmentDetails.CriterionView::name)
                .containsExactly("Tỷ lệ hồ sơ đúng hạn", "Số phản ánh nhũng nhiễu");
        assertThat(read.criteria().get(0).target()).isEqualByComparingTo("95");
        assertThat(read.score()).isZero();
        assertThat(read.mayManage()).isTrue();
    }

    @Test
    void weightsThatDoNotSumToAHundredAreRefusedWithTheTotal() {
        List<CriterionForm> criteria = List.of(manual("A", Direction.HIGHER_IS_BETTER, "1", "2", 60),
                manual("B", Direction.HIGHER_IS_BETTER, "1", "2", 30));

        assertThatThrownBy(() -> commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), criteria)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("weights");
                            assertThat(v.messageKey()).isEqualTo("commitment.CommitmentService.weightsSum");
                            assertThat(v.args()).containsExactly(100, 90);
                        }));
    }

    @Test
    void everyProblemOfTheFormIsReportedAtOnceAndNothingIsSaved() {
        int before = commitments.search(CommitmentFilter.none()).size();
        CriterionForm broken = new CriterionForm(null, " ", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("50"), null,
                null, new BigDecimal("40"), 100, null, "NO_SUCH_SUB_INDEX", CriterionForm.MANUAL);
        CommitmentForm form = new CommitmentForm("", fixtures.groupForm(signer.id(), List.of(), List.of()).periodFrom(),
                null, signer.id(), "Giám đốc", UnitKind.AGENCY, List.of(), List.of(), null, null, List.of(broken));

        assertThatThrownBy(() -> commitments.create(form)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("title", "periodTo",
                        "units", "criteria.0.name", "criteria.0.target", "criteria.0.pciSubIndexCode"));
        assertThat(commitments.search(CommitmentFilter.none())).hasSize(before);
    }

    @Test
    void aStretchMustLieBeyondTheTargetInTheCriterionsDirection() {
        CriterionForm stretchBelow = new CriterionForm(null, "Số ngày cấp phép", "ngày", Direction.LOWER_IS_BETTER,
                new BigDecimal("20"), null, new BigDecimal("12"), new BigDecimal("15"), 100, null, null, CriterionForm.MANUAL);

        assertThatThrownBy(() -> commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), List.of(stretchBelow))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("criteria.0.stretch",
                                "commitment.CommitmentService.stretchNotBeyondTarget")));
    }

    @Test
    void aLiveCriterionIsRefusedForDivisionsWhoseFiguresTheProductDoesNotHold() {
        CommitmentForm form = fixtures.divisionForm(signer.id(), List.of("Phòng Quản lý xây dựng"), List.of(
                CommitmentFixtures.live(IssueLiveSources.ON_TIME_ANSWER_RATE, Direction.HIGHER_IS_BETTER, "80", "95", 100)));

        assertThatThrownBy(() -> commitments.create(form)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field, Violation::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("criteria.0.source", "commitment.CommitmentService.liveNeedsAgencyUnits")));
    }

    @Test
    void aLiveCriterionTakesItsUnitFromItsSource() {
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), List.of(
                CommitmentFixtures.live(IssueLiveSources.AVERAGE_WORKING_DAYS_TO_ANSWER, Direction.LOWER_IS_BETTER, "12", "8", 100))));

        assertThat(created.criteria().getFirst().unit()).isEqualTo("ngày");
        assertThat(created.criteria().getFirst().live()).isTrue();
    }

    @Test
    void onlyInvestmentOfficersAndAdministratorsManageCommitments() {
        CommitmentForm form = fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria());
        fixtures.signIn(unit.officer());
        assertThatThrownBy(() -> commitments.create(form)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("leader");
        assertThatThrownBy(() -> commitments.create(form)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("admin");
        assertThat(commitments.create(form).id()).isPositive();
    }

    @Test
    void agencyOfficersReadOnlyCommitmentsThatConcernTheirAgencyLeadersReadAllAssociationsNone() {
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria()));

        fixtures.signIn(unit.officer());
        assertThat(commitments.find(created.id())).isPresent();
        fixtures.signIn(signer.officer());
        assertThat(commitments.find(created.id())).isPresent();
        fixtures.signIn(outsider.officer());
        assertThat(commitments.find(created.id())).isEmpty();
        assertThat(commitments.search(CommitmentFilter.none())).extracting(CommitmentSummary::id).doesNotContain(created.id());
        fixtures.signIn("leader");
        assertThat(commitments.find(created.id())).isPresent();
        assertThat(commitments.find(created.id()).orElseThrow().mayManage()).isFalse();
        fixtures.signIn("association");
        assertThatThrownBy(() -> commitments.search(CommitmentFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theListFiltersByYearAgencyAndWordsIgnoringDiacritics() {
        CommitmentForm form = fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria());
        CommitmentDetails created = commitments.create(new CommitmentForm("Giao ước cải thiện môi trường kinh doanh " + unit.id(),
                form.periodFrom(), form.periodTo(), form.signingAgencyId(), form.signerTitle(), form.unitKind(),
                form.divisionNames(), form.unitAgencyIds(), form.signedOn(), form.documentReference(), form.criteria()));

        assertThat(commitments.search(new CommitmentFilter(fixtures.year, unit.id(), "moi truong kinh doanh")))
                .extracting(CommitmentSummary::id).containsExactly(created.id());
        assertThat(commitments.search(new CommitmentFilter(fixtures.year - 1, unit.id(), null))).isEmpty();
        assertThat(commitments.search(new CommitmentFilter(null, outsider.id(), null))).isEmpty();
    }

    @Test
    void anEditCannotDropACriterionThatHasCheckIns() {
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria()));
        fixtures.signIn(unit.officer());
        CommitmentDetails checked = fixtures.checkIns.checkIn(fixtures.checkIn(created, 0, 0, "90", CheckInStatus.ON_TRACK, "Báo cáo quý"));
        fixtures.signIn("investment");
        CommitmentDetails.CriterionView kept = checked.criteria().get(1);
        CommitmentForm dropFirst = fixtures.groupForm(signer.id(), List.of(unit.id()), List.of(new CriterionForm(kept.id(),
                kept.name(), kept.unit(), kept.direction(), kept.baseline(), null, kept.target(), null, 100, null, null,
                CriterionForm.MANUAL)));

        assertThatThrownBy(() -> commitments.update(created.id(), dropFirst, checked.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("commitment.CommitmentService.criterionHasCheckIns"));
    }

    @Test
    void anEditKeepsCriteriaByIdAndAddsNewOnes() {
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), twoCriteria()));
        CommitmentDetails.CriterionView first = created.criteria().getFirst();
        CommitmentForm edited = fixtures.groupForm(signer.id(), List.of(unit.id(), outsider.id()), List.of(
                new CriterionForm(first.id(), first.name(), "%", first.direction(), first.baseline(), null,
                        new BigDecimal("97"), null, 50, null, null, CriterionForm.MANUAL),
                manual("Số lớp tập huấn doanh nghiệp", Direction.HIGHER_IS_BETTER, "2", "6", 50)));

        CommitmentDetails updated = commitments.update(created.id(), edited, created.version());

        assertThat(updated.criteria()).extracting(CommitmentDetails.CriterionView::id).first().isEqualTo(first.id());
        assertThat(updated.criteria()).hasSize(2);
        assertThat(updated.criteria().getFirst().target()).isEqualByComparingTo("97");
        assertThat(updated.units()).extracting(CommitmentDetails.Unit::agencyId).containsExactly(unit.id(), outsider.id());
    }
}

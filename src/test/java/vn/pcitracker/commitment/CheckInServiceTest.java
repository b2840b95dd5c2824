package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ValidationException.Violation;

@SpringBootTest
class CheckInServiceTest {

    @Autowired ApplicationContext context;
    @Autowired AttachmentService attachments;
    private CommitmentFixtures fixtures;
    private CheckInService checkIns;
    private CommitmentFixtures.Agency signer;
    private CommitmentFixtures.Agency unit;
    private CommitmentFixtures.Agency otherUnit;
    private CommitmentDetails commitment;

    @BeforeEach
    void fixture() {
        fixtures = new CommitmentFixtures(context);
        checkIns = fixtures.checkIns;
        signer = fixtures.newAgencyWithOfficer();
        unit = fixtures.newAgencyWithOfficer();
        otherUnit = fixtures.newAgencyWithOfficer();
        fixtures.signIn("investment");
        commitment = fixtures.commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id(), otherUnit.id()), List.of(
                manual("Tỷ lệ hồ sơ đúng hạn", Direction.HIGHER_IS_BETTER, "80", "95", 60),
                manual("Số phản ánh nhũng nhiễu", Direction.LOWER_IS_BETTER, "4", "0", 40))));
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aUnitsOfficerChecksInAndTheScoreFollowsTheLatestValue() {
        fixtures.signIn(unit.officer());
        checkIns.checkIn(fixtures.checkIn(commitment, 0, 0, "86", CheckInStatus.ON_TRACK, "Quý này 86%"));
        CommitmentDetails after = checkIns.checkIn(fixtures.checkIn(commitment, 0, 0, "89", CheckInStatus.ON_TRACK, "Số liệu sửa lại"));

        // Unit 1: 60 × (89 − 80) ÷ (95 − 80) = 60 × 0.6 = 36; unit 2 has nothing yet: 0; commitment (36 + 0) ÷ 2 = 18.
        assertThat(after.unitScores().get(0).score()).isEqualTo(36.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after.unitScores().get(1).score()).isZero();
        assertThat(after.score()).isEqualTo(18.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(after.checkIns()).extracting(e -> e.value().intValue(), CommitmentDetails.CheckInEntry::current,
                CommitmentDetails.CheckInEntry::recordedByName).containsExactly(
                tuple(86, false, "Cán bộ " + unit.code()), tuple(89, true, "Cán bộ " + unit.code()));
    }

    @Test
    void anOfficerMayNotCheckInForAnotherUnitAndOthersMayNotCheckInAtAll() {
        fixtures.signIn(unit.officer());
        assertRefused(fixtures.checkIn(commitment, 0, 1, "90", CheckInStatus.DONE, null), "unitId",
                "commitment.CheckInService.notYourUnit");

        fixtures.signIn("investment");
        assertThatThrownBy(() -> checkIns.checkIn(fixtures.checkIn(commitment, 0, 0, "90", CheckInStatus.DONE, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManualValueIsRequiredUnlessDeferredAndPercentagesStayWithinAHundred() {
        fixtures.signIn(unit.officer());
        assertRefused(fixtures.checkIn(commitment, 0, 0, null, CheckInStatus.ON_TRACK, null), "value",
                "commitment.CheckInService.valueRequired");
        assertRefused(fixtures.checkIn(commitment, 0, 0, "120", CheckInStatus.DONE, null), "value",
                "commitment.CheckInService.percentAbove100");

        assertThat(checkIns.checkIn(fixtures.checkIn(commitment, 0, 0, null, CheckInStatus.DEFERRED, "Lùi sang quý sau"))
                .checkIns()).hasSize(1);
    }

    @Test
    void aQuarterThatHasNotBegunOrLiesOutsideThePeriodIsRefused() {
        fixtures.signIn(unit.officer());
        Quarter next = fixtures.currentQuarter.next();
        CheckInForm future = new CheckInForm(commitment.criteria().getFirst().id(), commitment.units().getFirst().id(),
                next.year(), next.quarter(), BigDecimal.TEN, CheckInStatus.ON_TRACK, null);

        assertThatThrownBy(() -> checkIns.checkIn(future)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsOnly("quarter"));
    }

    @Test
    void forDivisionsTheSigningAgencysOfficerChecksIn() {
        fixtures.signIn("investment");
        CommitmentDetails divisions = fixtures.commitments.create(fixtures.divisionForm(signer.id(),
                List.of("Phòng Quản lý xây dựng", "Phòng Hạ tầng kỹ thuật"),
                List.of(manual("Hồ sơ giải quyết đúng hạn", Direction.HIGHER_IS_BETTER, "85", "98", 100))));

        fixtures.signIn(unit.officer());
        assertThat(fixtures.commitments.find(divisions.id())).isEmpty();
        fixtures.signIn(signer.officer());
        CommitmentDetails after = checkIns.checkIn(fixtures.checkIn(divisions, 0, 1, "91.5", CheckInStatus.ON_TRACK, "Đạt 91,5%"));

        assertThat(after.checkInUnitIds()).containsExactlyInAnyOrderElementsOf(
                divisions.units().stream().map(CommitmentDetails.Unit::id).toList());
        // 100 × (91.5 − 85) ÷ (98 − 85) = 100 × 0.5 = 50 for the second division; the first has 0; mean 25.
        assertThat(after.score()).isEqualTo(25.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aTargetThatDoesNotImproveOnItsBaselineIsFlagged() {
        fixtures.signIn("investment");
        CommitmentDetails lowered = fixtures.commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), List.of(
                manual("Tỷ lệ hài lòng", Direction.HIGHER_IS_BETTER, "90", "85", 50),
                manual("Số ngày xử lý", Direction.LOWER_IS_BETTER, "10", "10", 30),
                manual("Số hồ sơ trễ hạn", Direction.LOWER_IS_BETTER, "10", "5", 20))));

        assertThat(lowered.flags()).extracting(GamingFlag::kind, GamingFlag::criterionId).containsExactly(
                tuple(GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE, lowered.criteria().get(0).id()),
                tuple(GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE, lowered.criteria().get(1).id()));
        fixtures.signIn("investment");
        assertThat(fixtures.commitments.search(CommitmentFilter.none())).filteredOn(s -> s.id() == lowered.id())
                .extracting(CommitmentSummary::flagCount).containsExactly(2);
    }

    @Test
    void aUnitThatOnlyEverReportsDoneWithoutEvidenceIsFlaggedUntilItGivesSome() {
        fixtures.signIn(unit.officer());
        CommitmentDetails bare = checkIns.checkIn(fixtures.checkIn(commitment, 1, 0, "0", CheckInStatus.DONE, null));
        assertThat(bare.flags()).extracting(GamingFlag::kind, GamingFlag::criterionId, GamingFlag::unitId).containsExactly(
                tuple(GamingFlag.Kind.DONE_WITHOUT_EVIDENCE, commitment.criteria().get(1).id(), commitment.units().get(0).id()));

        long checkInId = bare.checkIns().getFirst().id();
        attachments.store(CommitmentAttachmentPolicy.OWNER_TYPE, checkInId, "bien-ban.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes()));

        assertThat(fixtures.commitments.find(commitment.id()).orElseThrow().flags()).isEmpty();
    }

    @Test
    void aDoneCheckInWithANoteIsNotFlagged() {
        fixtures.signIn(unit.officer());

        assertThat(checkIns.checkIn(fixtures.checkIn(commitment, 1, 0, "0", CheckInStatus.DONE,
                "Không có phản ánh, xác nhận của Thanh tra")).flags()).isEmpty();
    }

    private void assertRefused(CheckInForm form, String field, String key) {
        assertThatThrownBy(() -> checkIns.checkIn(form)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field, Violation::messageKey).containsExactly(tuple(field, key)));
    }
}

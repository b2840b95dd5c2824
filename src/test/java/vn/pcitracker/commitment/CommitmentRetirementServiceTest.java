package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.commitment.CommitmentFixtures.Agency;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ValidationException.Violation;

/**
 * Retiring a commitment (issue 9: records are never hard-deleted) keeps every row and is audited, and the commitment
 * then counts nowhere: each test reads one figure source before and after retiring, for a commitment of agencies made
 * for the test (so nothing else counts for them). Not rolled back: the audit record is written in the call's own
 * transaction. The evidence files of its check-ins follow the commitment: readable again once it is restored.
 */
@SpringBootTest
class CommitmentRetirementServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired ApplicationContext context;
    @Autowired CommitmentDashboardFigures figures;
    @Autowired CommitmentProgressService progress;
    @Autowired JdbcClient jdbc;
    private CommitmentFixtures fixtures;
    private CommitmentService commitments;
    private Agency signer;
    private Agency unit;
    private CommitmentDetails commitment;

    @BeforeEach
    void aCommitmentWithACheckIn() {
        fixtures = new CommitmentFixtures(context);
        commitments = fixtures.commitments;
        signer = fixtures.newAgencyWithOfficer();
        unit = fixtures.newAgencyWithOfficer();
        fixtures.signIn("investment");
        CriterionForm entry = new CriterionForm(null, "Thời gian đăng ký doanh nghiệp", "%", Direction.HIGHER_IS_BETTER,
                new BigDecimal("50"), null, new BigDecimal("90"), null, 60, null, "ENTRY", CriterionForm.MANUAL);
        CommitmentDetails created = commitments.create(fixtures.groupForm(signer.id(), List.of(unit.id()), List.of(entry,
                CommitmentFixtures.manual("Số phản ánh nhũng nhiễu", Direction.LOWER_IS_BETTER, "4", "0", 40))));
        fixtures.signIn(unit.officer());
        commitment = fixtures.checkIns.checkIn(fixtures.checkIn(created, 0, 0, "70", CheckInStatus.ON_TRACK, "Quý này"));
        fixtures.signIn("investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void retiringKeepsTheCommitmentItsUnitsCriteriaAndCheckInsAndTheAuditRecordsIt() {
        Map<String, Long> before = rows();
        assertThat(before).containsEntry("commitment", 1L).containsEntry("units", 1L).containsEntry("criteria", 2L)
                .containsEntry("checkIns", 1L);

        commitments.retire(commitment.id(), commitment.version());

        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT retired_by FROM commitment WHERE id = ? AND retired_at IS NOT NULL")
                .param(commitment.id()).query(String.class).single()).isEqualTo("investment");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE action = 'CommitmentService.retire' AND target_id = ?
                AND actor = 'investment' AND outcome = 'SUCCESS'""").param(String.valueOf(commitment.id()))
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aRetiredCommitmentBehavesAsMissingInFindSearchAndTheExportsBuiltOnThem() {
        assertThat(commitments.search(new CommitmentFilter(null, unit.id(), null))).extracting(CommitmentSummary::id)
                .containsExactly(commitment.id());

        commitments.retire(commitment.id(), commitment.version());

        assertThat(commitments.find(commitment.id())).isEmpty();
        assertThat(commitments.search(new CommitmentFilter(null, unit.id(), null))).isEmpty();
        assertThat(commitments.search(CommitmentFilter.none())).extracting(CommitmentSummary::id)
                .doesNotContain(commitment.id());
        assertThatThrownBy(() -> commitments.retire(commitment.id(), commitment.version() + 1))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aCommitmentChangedSinceItWasReadIsNotRetired() {
        assertThatThrownBy(() -> commitments.retire(commitment.id(), commitment.version() - 1))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(commitments.find(commitment.id())).isPresent();
    }

    @Test
    void aCheckInOnACommitmentRetiredMeanwhileIsRefusedWithItsOwnMessageAndStoresNothing() {
        commitments.retire(commitment.id(), commitment.version());
        fixtures.signIn(unit.officer());

        assertThatThrownBy(() -> fixtures.checkIns.checkIn(fixtures.checkIn(commitment, 1, 0, "2", CheckInStatus.ON_TRACK, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("commitment.CheckInService.retired"));
        assertThat(rows()).containsEntry("checkIns", 1L);
    }

    @Test
    void theDashboardsUnitScoresAndFlagsNoLongerCountARetiredCommitment() {
        assertThat(figures.progress(fixtures.year, unit.id()).units()).extracting(CommitmentDashboardFigures.UnitProgress::commitmentId)
                .containsExactly(commitment.id());

        commitments.retire(commitment.id(), commitment.version());

        CommitmentDashboardFigures.Progress after = figures.progress(fixtures.year, unit.id());
        assertThat(after.units()).isEmpty();
        assertThat(after.flags()).isEmpty();
    }

    @Test
    void theDashboardsCriteriaPerPciSubIndexNoLongerCountARetiredCommitment() {
        assertThat(figures.criteriaByPciSubIndex(fixtures.year, unit.id())).isEqualTo(Map.of("ENTRY", 1L));

        commitments.retire(commitment.id(), commitment.version());

        assertThat(figures.criteriaByPciSubIndex(fixtures.year, unit.id())).isEmpty();
    }

    @Test
    void theMonthlyReportsCheckInsNoLongerCountARetiredCommitment() {
        assertThat(figures.checkInsRecordedIn(TODAY, TODAY, unit.id())).extracting(UnitCheckIns::commitmentId)
                .containsExactly(commitment.id());

        commitments.retire(commitment.id(), commitment.version());

        assertThat(figures.checkInsRecordedIn(TODAY, TODAY, unit.id())).isEmpty();
    }

    @Test
    void theAgencyScorecardNoLongerShowsARetiredCommitmentAsTheAgencysLatest() {
        assertThat(progress.latestByAgency().get(unit.id()).commitmentId()).isEqualTo(commitment.id());

        commitments.retire(commitment.id(), commitment.version());

        assertThat(progress.latestByAgency()).doesNotContainKey(unit.id());
    }

    @Test
    void theEvidenceOfARetiredCommitmentsCheckInsCanNeitherBeReadNorAddedTo() {
        CommitmentAttachmentPolicy evidence = context.getBean(CommitmentAttachmentPolicy.class);
        long checkIn = commitment.checkIns().getFirst().id();
        fixtures.signIn(unit.officer());
        assertThat(evidence.canRead(checkIn)).isTrue();
        assertThat(evidence.canWrite(checkIn)).isTrue();

        fixtures.signIn("investment");
        commitments.retire(commitment.id(), commitment.version());
        fixtures.signIn(unit.officer());

        assertThat(evidence.canRead(checkIn)).isFalse();
        assertThat(evidence.canWrite(checkIn)).isFalse();
    }

    @Test
    void aManagerSeesWhoRetiredTheCommitmentAndRestoresItWithItsHistory() {
        commitments.retire(commitment.id(), commitment.version());
        RetiredCommitmentService retired = context.getBean(RetiredCommitmentService.class);
        RetiredCommitment listed = retired.retired().stream().filter(c -> c.id() == commitment.id()).findFirst().orElseThrow();
        assertThat(listed.retiredBy()).isEqualTo("investment");

        retired.restore(listed.id(), listed.version());

        assertThat(commitments.find(commitment.id()).orElseThrow().checkIns()).hasSize(1);
        assertThat(figures.criteriaByPciSubIndex(fixtures.year, unit.id())).isEqualTo(Map.of("ENTRY", 1L));
        assertThat(retired.retired()).extracting(RetiredCommitment::id).doesNotContain(commitment.id());
    }

    @Test
    void onlyManagersListOrRestoreRetiredCommitments() {
        commitments.retire(commitment.id(), commitment.version());
        RetiredCommitmentService retired = context.getBean(RetiredCommitmentService.class);
        long version = retired.retired().stream().filter(c -> c.id() == commitment.id()).findFirst().orElseThrow().version();

        for (String user : List.of(unit.officer(), "leader", "association")) {
            fixtures.signIn(user);
            assertThatThrownBy(retired::retired).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retired.restore(commitment.id(), version)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("SELECT retired_at IS NOT NULL FROM commitment WHERE id = ?").param(commitment.id())
                .query(Boolean.class).single()).isTrue();
    }

    private Map<String, Long> rows() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM commitment WHERE id = :id) AS commitment,
                       (SELECT count(*) FROM commitment_unit WHERE commitment_id = :id) AS units,
                       (SELECT count(*) FROM commitment_criterion WHERE commitment_id = :id) AS criteria,
                       (SELECT count(*) FROM commitment_check_in k JOIN commitment_criterion r ON r.id = k.criterion_id
                        WHERE r.commitment_id = :id) AS "checkIns"
                """).param("id", commitment.id()).query((rs, row) -> Map.of("commitment", rs.getLong(1),
                "units", rs.getLong(2), "criteria", rs.getLong(3), "checkIns", rs.getLong(4))).single();
    }
}

package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.commitment.CommitmentDashboardFigures.UnitProgress;
import vn.pcitracker.commitment.CommitmentFixtures.Agency;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;

/**
 * Object-level authorisation of every commitment method that takes a commitment's or criterion's id: an officer
 * of an agency that neither signed nor is a unit of the commitment, and an association representative, call it
 * with the real id and get nothing; nothing changes.
 */
@SpringBootTest
class CommitmentAccessServiceTest {

    @Autowired ApplicationContext context;
    @Autowired CommitmentService commitments;
    @Autowired CheckInService checkIns;
    @Autowired CommitmentDashboardFigures figures;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void anOfficerOfAnAgencyOutsideTheCommitmentFindsNothingAndMayNotTouchIt() {
        CommitmentFixtures fixtures = new CommitmentFixtures(context);
        Agency unit = fixtures.newAgencyWithOfficer();
        Agency outsider = fixtures.newAgencyWithOfficer();
        fixtures.signIn("investment");
        CommitmentDetails commitment = commitments.create(fixtures.groupForm(unit.id(), List.of(unit.id()),
                List.of(CommitmentFixtures.manual("Tỷ lệ hồ sơ đúng hạn", Direction.HIGHER_IS_BETTER, "80", "95", 100))));
        CheckInForm checkIn = fixtures.checkIn(commitment, 0, 0, "90", CheckInStatus.ON_TRACK, "Đúng tiến độ");
        String before = state(commitment.id());

        fixtures.signIn(outsider.officer());
        assertThat(commitments.find(commitment.id())).isEmpty();
        assertThat(commitments.search(new CommitmentFilter(null, null, null))).extracting(CommitmentSummary::id)
                .doesNotContain(commitment.id());
        assertThatThrownBy(() -> checkIns.checkIn(checkIn)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> commitments.update(commitment.id(), fixtures.groupForm(outsider.id(),
                List.of(outsider.id()), List.of()), commitment.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.retire(commitment.id(), commitment.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.markSynthetic(commitment.id())).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("association");
        assertThatThrownBy(() -> commitments.find(commitment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.checkIn(checkIn)).isInstanceOf(AccessDeniedException.class);

        assertThat(state(commitment.id())).as("nothing changed").isEqualTo(before);
        // The unit's own officer, for contrast, sees it and checks in.
        fixtures.signIn(unit.officer());
        assertThat(commitments.find(commitment.id())).isPresent();
        assertThat(checkIns.checkIn(checkIn).id()).isEqualTo(commitment.id());
    }

    @Test
    void anOfficerAskingForTheFiguresOfAnotherAgencysCommitmentGetsNoneOfThem() {
        CommitmentFixtures fixtures = new CommitmentFixtures(context);
        Agency unit = fixtures.newAgencyWithOfficer();
        Agency outsider = fixtures.newAgencyWithOfficer();
        fixtures.signIn("investment");
        CommitmentDetails commitment = commitments.create(fixtures.groupForm(unit.id(), List.of(unit.id()),
                List.of(CommitmentFixtures.manual("Tỷ lệ hồ sơ đúng hạn", Direction.HIGHER_IS_BETTER, "80", "95", 100))));
        fixtures.signIn(unit.officer());
        checkIns.checkIn(fixtures.checkIn(commitment, 0, 0, "90", CheckInStatus.ON_TRACK, null));
        LocalDate today = LocalDate.now();

        fixtures.signIn(outsider.officer());
        assertThat(figures.progress(fixtures.year, unit.id()).units()).extracting(UnitProgress::commitmentId)
                .doesNotContain(commitment.id());
        assertThat(figures.checkInsRecordedIn(today.minusDays(1), today.plusDays(1), unit.id()))
                .extracting(UnitCheckIns::commitmentId).doesNotContain(commitment.id());
        assertThat(figures.criteriaByPciSubIndex(fixtures.year, unit.id())).isEmpty();

        fixtures.signIn(unit.officer());
        assertThat(figures.checkInsRecordedIn(today.minusDays(1), today.plusDays(1), unit.id()))
                .extracting(UnitCheckIns::commitmentId).contains(commitment.id());
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT c.version || '/' || c.synthetic || '/' || (c.retired_at IS NULL) || '/' || (SELECT count(*) FROM commitment_check_in k "
                + "JOIN commitment_criterion r ON r.id = k.criterion_id WHERE r.commitment_id = c.id) FROM commitment c "
                + "WHERE c.id = ?", String.class, id);
    }
}

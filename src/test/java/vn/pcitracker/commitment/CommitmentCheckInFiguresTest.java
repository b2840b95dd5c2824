package vn.pcitracker.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/**
 * Check-ins recorded in October 2016 (no other data uses 2016), written straight into the tables at chosen times
 * (Vietnam, UTC+7), rolled back after each test. A commitment of a new agency with two divisions and one criterion:
 * <pre>
 * Phòng Một  2 Oct DONE, 15 Oct ON_TRACK (supersedes it: counts again), 31 Oct 23:00 NEEDS_IMPROVEMENT → 3, last 31 Oct
 * Phòng Hai  30 Sep 23:59 DONE (September), 1 Nov 00:10 DEFERRED (November)                            → none
 * </pre>
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class CommitmentCheckInFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2016, 10, 1);
    private static final LocalDate TO = LocalDate.of(2016, 10, 31);

    @Autowired CommitmentDashboardFigures figures;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private long agency;
    private long commitment;
    private long one;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @BeforeEach
    void fixture() {
        agency = newAgency();
        commitment = jdbc.queryForObject("""
                INSERT INTO commitment (title, period_from, period_to, signing_agency_id, signer_title, unit_kind)
                VALUES (?, DATE '2016-01-01', DATE '2016-12-31', ?, 'Giám đốc', 'DIVISION') RETURNING id""", Long.class,
                "Giao ước thử " + unique(), agency);
        one = unit(1, "Phòng Một");
        long two = unit(2, "Phòng Hai");
        long criterion = jdbc.queryForObject("""
                INSERT INTO commitment_criterion (commitment_id, position, name, unit, direction, baseline, target, weight, source)
                VALUES (?, 1, 'Tỷ lệ đúng hạn', '%', 'HIGHER_IS_BETTER', 50, 90, 100, 'MANUAL') RETURNING id""", Long.class,
                commitment);
        checkIn(criterion, one, "DONE", LocalDateTime.of(2016, 10, 2, 9, 0));
        checkIn(criterion, one, "ON_TRACK", LocalDateTime.of(2016, 10, 15, 9, 0));
        checkIn(criterion, one, "NEEDS_IMPROVEMENT", LocalDateTime.of(2016, 10, 31, 23, 0));
        checkIn(criterion, two, "DONE", LocalDateTime.of(2016, 9, 30, 23, 59));
        checkIn(criterion, two, "DEFERRED", LocalDateTime.of(2016, 11, 1, 0, 10));
    }

    @Test
    void everyCheckInRecordedInThePeriodCountsPerUnitAndStatus() {
        List<UnitCheckIns> units = figures.checkInsRecordedIn(FROM, TO, agency);

        assertThat(units).hasSize(1);
        UnitCheckIns unit = units.getFirst();
        assertThat(unit.commitmentId()).isEqualTo(commitment);
        assertThat(unit.unitId()).isEqualTo(one);
        assertThat(unit.divisionName()).isEqualTo("Phòng Một");
        assertThat(unit.checkIns()).isEqualTo(3);
        assertThat(unit.byStatus()).isEqualTo(Map.of(CheckInStatus.DONE, 1L, CheckInStatus.ON_TRACK, 1L,
                CheckInStatus.NEEDS_IMPROVEMENT, 1L));
        assertThat(unit.count(CheckInStatus.DEFERRED)).isZero();
        assertThat(unit.lastRecordedOn()).isEqualTo(LocalDate.of(2016, 10, 31));
    }

    @Test
    void theDaysAreVietnamsAndAnotherAgencySeesNone() {
        assertThat(figures.checkInsRecordedIn(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30), agency))
                .extracting(UnitCheckIns::divisionName, UnitCheckIns::checkIns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phòng Hai", 1L));
        assertThat(figures.checkInsRecordedIn(FROM, TO, newAgency())).isEmpty();
    }

    @Test
    void associationRepresentativesAreRefused() {
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> figures.checkInsRecordedIn(FROM, TO, null)).isInstanceOf(AccessDeniedException.class);
    }

    private long unit(int position, String name) {
        return jdbc.queryForObject("INSERT INTO commitment_unit (commitment_id, position, division_name) VALUES (?, ?, ?) RETURNING id",
                Long.class, commitment, position, name);
    }

    private void checkIn(long criterion, long unit, String status, LocalDateTime vietnamTime) {
        jdbc.update("""
                INSERT INTO commitment_check_in (criterion_id, unit_id, year, quarter, value, computed, status,
                                                 recorded_by_name, recorded_at)
                VALUES (?, ?, 2016, 4, 60, false, ?, 'Người thử', ?::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')""",
                criterion, unit, status, vietnamTime);
    }

    private long newAgency() {
        String code = "T-CCI-" + unique();
        return agencies.create(new AgencyForm(code, "Cơ quan thử " + code, null, AgencyKind.DEPARTMENT, null, null, null,
                List.of())).id();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}

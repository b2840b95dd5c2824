package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
 * Bottlenecks moved in October 2016 (no other data uses 2016), history written straight into the tables at chosen
 * times (Vietnam, UTC+7), rolled back after each test.
 * <pre>
 * B1  recorded 20 Sep; 3 Oct IDENTIFIED → ANALYSING; 20 Oct → FIX_PROPOSED; 25 Oct an edit (no state)  → IDENTIFIED → FIX_PROPOSED, 2 moves, 20 Oct
 * B2  recorded 5 Oct                                                                              → (new) → IDENTIFIED, 1 move, 5 Oct
 * B3  30 Sep 23:30 APPROVED; 1 Nov 00:30 IMPLEMENTED (31 Oct in UTC)                              → not moved in October
 * B4  another agency's, 10 Oct IDENTIFIED → ANALYSING                                             → only without the agency
 * </pre>
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class BottleneckDashboardFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2016, 10, 1);
    private static final LocalDate TO = LocalDate.of(2016, 10, 31);

    @Autowired BottleneckDashboardFigures figures;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private long agency;
    private long b1;
    private long b2;
    private long b4;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @BeforeEach
    void fixture() {
        agency = newAgency();
        long other = newAgency();
        long procedure = jdbc.queryForObject("""
                INSERT INTO licensing_procedure (code, name_vi, issuing_agency_id, statutory_days) VALUES (?, 'Thủ tục', ?, 20)
                RETURNING id""", Long.class, "T-" + unique(), agency);
        b1 = bottleneck(procedure, agency, "FIX_PROPOSED");
        event(b1, "CREATE", null, "IDENTIFIED", at(9, 20, 9, 0));
        event(b1, "START_ANALYSIS", "IDENTIFIED", "ANALYSING", at(10, 3, 9, 0));
        event(b1, "PROPOSE_FIX", "ANALYSING", "FIX_PROPOSED", at(10, 20, 9, 0));
        event(b1, "EDIT", null, null, at(10, 25, 9, 0));
        b2 = bottleneck(procedure, agency, "IDENTIFIED");
        event(b2, "CREATE", null, "IDENTIFIED", at(10, 5, 15, 0));
        long b3 = bottleneck(procedure, agency, "IMPLEMENTED");
        event(b3, "APPROVE", "FIX_PROPOSED", "APPROVED", at(9, 30, 23, 30));
        event(b3, "IMPLEMENT", "APPROVED", "IMPLEMENTED", at(11, 1, 0, 30));
        b4 = bottleneck(procedure, other, "ANALYSING");
        event(b4, "START_ANALYSIS", "IDENTIFIED", "ANALYSING", at(10, 10, 9, 0));
    }

    @Test
    void aBottleneckMovedInThePeriodComesOnceFromItsFirstStateToItsLast() {
        List<BottleneckMove> moved = figures.movedIn(FROM, TO, agency);

        assertThat(moved).extracting(BottleneckMove::bottleneckId, BottleneckMove::fromState, BottleneckMove::toState,
                        BottleneckMove::moves, BottleneckMove::lastMovedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(b1, BottleneckState.IDENTIFIED, BottleneckState.FIX_PROPOSED, 2,
                                LocalDate.of(2016, 10, 20)),
                        org.assertj.core.groups.Tuple.tuple(b2, null, BottleneckState.IDENTIFIED, 1, LocalDate.of(2016, 10, 5)));
        assertThat(moved.getFirst().agencyId()).isEqualTo(agency);
    }

    @Test
    void withoutAnAgencyEveryVisibleBottleneckCounts() {
        assertThat(figures.movedIn(FROM, TO, null)).extracting(BottleneckMove::bottleneckId).contains(b1, b2, b4);
        // November holds B3's implementation on the 1st (Vietnam time) only.
        assertThat(figures.movedIn(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30), agency))
                .extracting(BottleneckMove::toState).containsExactly(BottleneckState.IMPLEMENTED);
    }

    @Test
    void associationRepresentativesAreRefused() {
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> figures.movedIn(FROM, TO, null)).isInstanceOf(AccessDeniedException.class);
    }

    private long bottleneck(long procedure, long agencyId, String state) {
        return jdbc.queryForObject("""
                INSERT INTO bottleneck (code, procedure_id, agency_id, title, description, state, identified_on)
                VALUES (?, ?, ?, 'Điểm nghẽn thử', 'Mô tả', ?, DATE '2016-09-20') RETURNING id""", Long.class,
                "T-" + unique(), procedure, agencyId, state);
    }

    private void event(long bottleneck, String action, String from, String to, LocalDateTime vietnamTime) {
        jdbc.update("""
                INSERT INTO bottleneck_event (bottleneck_id, occurred_at, actor_name, action, from_state, to_state)
                VALUES (?, ?::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', 'Kiểm thử', ?, ?, ?)""",
                bottleneck, vietnamTime, action, from, to);
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2016, month, day, hour, minute);
    }

    private long newAgency() {
        String code = "T-BDF-" + unique();
        return agencies.create(new AgencyForm(code, "Cơ quan thử " + code, null, AgencyKind.DEPARTMENT, null, null, null,
                List.of())).id();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}

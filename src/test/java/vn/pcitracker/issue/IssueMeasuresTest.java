package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/**
 * The measures against a small fixture in March 2098 led by agencies created for each test, so that no other
 * test's rows count. Expected numbers are worked out by hand next to each assertion.
 */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class IssueMeasuresTest {

    private static final LocalDate FROM = LocalDate.of(2098, 3, 1);
    private static final LocalDate TO = LocalDate.of(2098, 3, 31);
    /** Inside the period: deadlines on 25 March have passed, those on 30 March not yet. */
    private static final LocalDate TODAY = LocalDate.of(2098, 3, 28);

    @Autowired IssueMeasures measures;
    @Autowired IssueClock today;
    @Autowired AgencyService agencies;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired IssueQueryService queries;
    @Autowired ApplicationContext context;

    private IssueQueryTestRows rows;
    private long agency;
    private long otherAgency;
    private long field;

    @BeforeEach
    void fixture() {
        today.use(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(7)), IssueClock.ZONE));
        rows = new IssueQueryTestRows(jdbc);
        agency = newAgency();
        otherAgency = newAgency();
        field = rows.field();

        // I1: assigned Sun 2 Mar, answered Mon 10 Mar (6 working days), deadline 16 Mar: on time, satisfied.
        long i1 = answered(d(2), d(16), d(10)).insert();
        rows.feedback(i1, true, d(11), 0);
        // I2: assigned 2 Mar, answered Wed 12 Mar (8 days), deadline 9 Mar: late; unsatisfied, then satisfied.
        long i2 = answered(d(2), d(9), d(12)).insert();
        rows.feedback(i2, false, d(13), 0);
        rows.feedback(i2, true, d(14), 0);
        // I3: assigned Wed 5 Mar, answered Thu 20 Mar (11 days) on its deadline: on time; satisfied, then not;
        // reopened once.
        long i3 = answered(d(5), d(20), d(20)).reopened(1).insert();
        rows.feedback(i3, true, d(21), 0);
        rows.feedback(i3, false, d(21), 30);
        // I4: assigned 2 Mar, answered Tue 25 Mar (17 days), deadline 6 Mar: late AND unsatisfied; reopened twice.
        long i4 = answered(d(2), d(6), d(25)).reopened(2).insert();
        rows.feedback(i4, false, d(26), 0);
        // I10: answered on the spot 3 Mar without an assignment date, deadline 31 Mar: on time, no feedback.
        answered(null, d(31), d(3)).insert();
        // I5: answered in February: outside the period for every measure.
        answered(LocalDate.of(2098, 2, 2), LocalDate.of(2098, 2, 20), LocalDate.of(2098, 2, 27)).reopened(1).insert();
        // I6: in progress, deadline 25 Mar passed unanswered: counts for Decision 766 as overdue.
        awaiting(d(25)).insert();
        // I11: in progress, deadline 30 Mar not passed yet (today is 28 Mar): not counted.
        awaiting(d(30)).insert();
        // I12: in progress, deadline passed in February: belongs to February, not counted.
        awaiting(LocalDate.of(2098, 2, 15)).insert();
        // I7: in progress, deadline in April: not counted.
        awaiting(LocalDate.of(2098, 4, 20)).insert();
        // I8: rejected before any answer, deadline in the period: nobody owes an answer, not counted.
        rows.issue(field, "Bị từ chối").state(IssueState.REJECTED).lead(agency).deadline(d(10)).insert();
        // I9: another agency's issue answered late in the period: never counted for the first agency.
        rows.issue(field, "Cơ quan khác").state(IssueState.ANSWERED).lead(otherAgency).assigned(d(2))
                .deadline(d(3)).answered(d(20)).reopened(1).insert();
    }

    @AfterEach
    void systemClock() {
        today.reset();
    }

    @Test
    void onTimeRateCountsAnswersOnOrBeforeTheDeadlineAmongAnswersOfThePeriod() {
        // Answered in March: I1, I2, I3, I4, I10; on time: I1, I3 (on the deadline day), I10.
        Measure onTime = measures.onTimeRate(FROM, TO, agency);

        assertThat(onTime).isEqualTo(new Measure(3, 5));
        assertThat(onTime.rate()).hasValue(0.6);
    }

    @Test
    void averageWorkingDaysToAnswerCountsFromAssignmentToAnswerInTheDatabase() {
        // I1 6 + I2 8 + I3 11 + I4 17 = 42 working days over 4 issues (I10 has no assignment date).
        Measure days = measures.averageWorkingDaysToAnswer(FROM, TO, agency);

        assertThat(days).isEqualTo(new Measure(42, 4));
        assertThat(days.rate()).hasValue(10.5);
    }

    @Test
    void decision766SatisfactionSubtractsUnsatisfiedAndOverdueIssuesCountingEachIssueOnce() {
        // Total: I1, I2, I3, I4, I10 answered in March + I6 unanswered past its March deadline = 6.
        // Unsatisfied by latest feedback: I3, I4 (not I2, whose latest feedback is satisfied).
        // Overdue: I2, I4 (answered late), I6 (unanswered past the deadline). Union: I2, I3, I4, I6 = 4.
        Measure satisfaction = measures.satisfaction766(FROM, TO, agency);

        assertThat(satisfaction).isEqualTo(new Measure(2, 6));
    }

    @Test
    void decision766SatisfactionFollowsFeedbackThatIsRemovedOrCorrected() {
        // I3's later, unsatisfied feedback removed: its latest is satisfied again; unsatisfied or overdue: I2, I4, I6.
        jdbc.update("DELETE FROM issue_feedback f USING issue i WHERE f.issue_id = i.id AND i.lead_agency_id = ?"
                + " AND NOT f.satisfied AND f.given_at = (?::date)::timestamp AT TIME ZONE 'UTC' + interval '30 minutes'",
                agency, d(21));
        assertThat(measures.satisfaction766(FROM, TO, agency)).isEqualTo(new Measure(3, 6));

        // I1's only feedback corrected to unsatisfied: I1 joins them.
        jdbc.update("UPDATE issue_feedback f SET satisfied = false FROM issue i WHERE f.issue_id = i.id"
                + " AND i.lead_agency_id = ? AND f.given_at = (?::date)::timestamp AT TIME ZONE 'UTC'", agency, d(11));
        assertThat(measures.satisfaction766(FROM, TO, agency)).isEqualTo(new Measure(2, 6));
    }

    @Test
    void decision766SatisfactionCountsADeadlineOnlyOnceItHasPassed() {
        // On 31 March, I11's deadline (30 March) has passed too: total 7, numerator still 2.
        today.use(Clock.fixed(TO.atTime(10, 0).toInstant(ZoneOffset.ofHours(7)), IssueClock.ZONE));

        assertThat(measures.satisfaction766(FROM, TO, agency)).isEqualTo(new Measure(2, 7));
    }

    @Test
    void reopenRateCountsAnswersOfThePeriodThatWereEverReopened() {
        // Answered in March: I1, I2, I3, I4, I10; reopened: I3, I4.
        assertThat(measures.reopenRate(FROM, TO, agency)).isEqualTo(new Measure(2, 5));
    }

    @Test
    void withoutAnAgencyEveryLeadAgencyCounts() {
        Measure mine = measures.reopenRate(FROM, TO, agency);
        Measure theOther = measures.reopenRate(FROM, TO, otherAgency);
        Measure all = measures.reopenRate(FROM, TO, null);

        assertThat(theOther).isEqualTo(new Measure(1, 1));
        assertThat(all.denominator()).isGreaterThanOrEqualTo(mine.denominator() + theOther.denominator());
        assertThat(all.numerator()).isGreaterThanOrEqualTo(mine.numerator() + theOther.numerator());
    }

    @Test
    void aPeriodWithNothingToMeasureHasNoRate() {
        Measure nothing = measures.onTimeRate(LocalDate.of(2097, 1, 1), LocalDate.of(2097, 12, 31), agency);

        assertThat(nothing).isEqualTo(new Measure(0, 0));
        assertThat(nothing.rate()).isEmpty();
        assertThat(measures.satisfaction766(LocalDate.of(2097, 1, 1), LocalDate.of(2097, 12, 31), agency).rate()).isEmpty();
    }

    @Test
    void associationsAndAgencyOfficersWithoutAnAgencyMayNotReadTheMeasures() {
        for (Role role : List.of(Role.AGENCY_OFFICER, Role.ASSOCIATION_REP)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "someone", null, List.of(new SimpleGrantedAuthority(role.authority()))));

            assertThatThrownBy(() -> measures.onTimeRate(FROM, TO, agency)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> measures.onTimeRateByAgency(FROM, TO)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAgencyOfficerReadsTheirOwnAgencyWhicheverAgencyIsAsked() {
        long own = jdbc.queryForObject("SELECT id FROM agency WHERE code = 'S-XD'", Long.class);
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2100, 12, 31);
        Measure ownAsAdmin = measures.onTimeRate(from, to, own);
        Measure ownSatisfactionAsAdmin = measures.satisfaction766(from, to, own);
        try {
            TestLogins.signIn(context, "agency");

            assertThat(measures.onTimeRate(from, to, agency)).isEqualTo(ownAsAdmin);
            assertThat(measures.onTimeRate(from, to, null)).isEqualTo(ownAsAdmin);
            assertThat(measures.satisfaction766(from, to, otherAgency)).isEqualTo(ownSatisfactionAsAdmin);
            assertThat(measures.reopenRateByAgency(from, to).keySet()).isSubsetOf(own);
            assertThat(measures.overdueNowByAgency().keySet()).isSubsetOf(own);
        } finally {
            TestLogins.signOut();
        }
    }

    @Test
    void theGroupedMeasuresEqualTheSingleOnesPerAgency() {
        Map<Long, Measure> onTime = measures.onTimeRateByAgency(FROM, TO);
        Map<Long, Measure> days = measures.averageWorkingDaysToAnswerByAgency(FROM, TO);
        Map<Long, Measure> satisfaction = measures.satisfaction766ByAgency(FROM, TO);
        Map<Long, Measure> reopened = measures.reopenRateByAgency(FROM, TO);

        for (long lead : List.of(agency, otherAgency)) {
            assertThat(onTime.get(lead)).isEqualTo(measures.onTimeRate(FROM, TO, lead));
            assertThat(days.get(lead)).isEqualTo(measures.averageWorkingDaysToAnswer(FROM, TO, lead));
            assertThat(satisfaction.get(lead)).isEqualTo(measures.satisfaction766(FROM, TO, lead));
            assertThat(reopened.get(lead)).isEqualTo(measures.reopenRate(FROM, TO, lead));
        }
        // The hand-computed figures of the tests above, and the other agency's I9 (answered late, reopened).
        assertThat(onTime.get(agency)).isEqualTo(new Measure(3, 5));
        assertThat(days.get(agency)).isEqualTo(new Measure(42, 4));
        assertThat(satisfaction.get(agency)).isEqualTo(new Measure(2, 6));
        assertThat(reopened).containsEntry(agency, new Measure(2, 5)).containsEntry(otherAgency, new Measure(1, 1));
        // An agency with nothing answered in the period is absent.
        assertThat(measures.onTimeRateByAgency(LocalDate.of(2097, 1, 1), LocalDate.of(2097, 12, 31)))
                .doesNotContainKeys(agency, otherAgency);
    }

    @Test
    void overdueNowPerAgencyIsTheInboxOverdueFilter() {
        // Awaiting an answer past the deadline on 28 March: I6 (25 March) and I12 (15 February); not I11, I7.
        Map<Long, Long> overdue = measures.overdueNowByAgency();

        assertThat(overdue).containsEntry(agency, 2L).doesNotContainKey(otherAgency);
        assertThat(queries.count(IssueFilter.none().withLeadAgency(agency).withOverdue(true))).isEqualTo(2);
    }

    @Test
    void workingDaysBetweenInSqlAgreesWithTheCalendarOnRandomRangesAcrossHolidaysAndYearEnds() {
        Random random = new Random(766);
        LocalDate start = LocalDate.of(2024, 1, 1);
        int span = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - start.toEpochDay());
        List<LocalDate[]> ranges = new java.util.ArrayList<>();
        ranges.add(new LocalDate[] {LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7)}); // Tết 2025
        ranges.add(new LocalDate[] {LocalDate.of(2025, 4, 25), LocalDate.of(2025, 5, 5)}); // 30/4 - 1/5
        ranges.add(new LocalDate[] {LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)});
        for (int i = 0; i < 300; i++) {
            LocalDate from = start.plusDays(random.nextInt(span + 1));
            LocalDate to = random.nextInt(4) == 0 ? start.plusDays(random.nextInt(span + 1))
                    : from.plusDays(random.nextInt(61) - 10);
            ranges.add(new LocalDate[] {from, to});
        }
        for (LocalDate[] range : ranges) {
            Integer inSql = jdbc.queryForObject("SELECT working_days_between(?, ?)", Integer.class, range[0], range[1]);
            assertThat(inSql).as("working days from %s to %s", range[0], range[1])
                    .isEqualTo(calendar.workingDaysBetween(range[0], range[1]));
        }
        assertThat(jdbc.queryForObject("SELECT working_days_between(DATE '2025-01-24', DATE '2025-02-07')", Integer.class))
                .as("Tết 2025 takes a week of working days").isLessThan(10);
    }

    private IssueQueryTestRows.Issue answered(LocalDate assignedOn, LocalDate deadline, LocalDate answeredOn) {
        IssueQueryTestRows.Issue issue = rows.issue(field, "Đã trả lời").state(IssueState.ANSWERED).lead(agency)
                .deadline(deadline).answered(answeredOn);
        return assignedOn == null ? issue : issue.assigned(assignedOn);
    }

    private IssueQueryTestRows.Issue awaiting(LocalDate deadline) {
        return rows.issue(field, "Đang xử lý").state(IssueState.IN_PROGRESS).lead(agency)
                .assigned(LocalDate.of(2098, 1, 5)).deadline(deadline);
    }

    private long newAgency() {
        String code = "T-KPI-" + IssueQueryTestRows.unique();
        return agencies.create(new AgencyForm(code, "Cơ quan đo lường " + code, null, AgencyKind.DEPARTMENT, null,
                null, null, List.of())).id();
    }

    private static LocalDate d(int dayOfMarch) {
        return LocalDate.of(2098, 3, dayOfMarch);
    }
}

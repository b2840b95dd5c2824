package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcitracker.issue.IssueState.ANSWERED;
import static vn.pcitracker.issue.IssueState.ASSIGNED;
import static vn.pcitracker.issue.IssueState.CLASSIFIED;
import static vn.pcitracker.issue.IssueState.CLOSED;
import static vn.pcitracker.issue.IssueState.FORWARDED;
import static vn.pcitracker.issue.IssueState.IN_PROGRESS;
import static vn.pcitracker.issue.IssueState.RECEIVED;
import static vn.pcitracker.issue.IssueState.REJECTED;
import static vn.pcitracker.issue.IssueState.REOPENED;
import static vn.pcitracker.issue.IssueState.SATISFIED;
import static vn.pcitracker.issue.IssueState.WITHDRAWN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/**
 * Every dashboard figure against a dozen issues of two agencies created for each test, in spring 2019 (no other
 * data uses it), on a fixed "today" of Friday 10 May 2019. The period P is 1 March – 30 April 2019 (61 days), so
 * the previous period is 30 December 2018 – 28 February 2019. 2019 has no calendar exceptions in the data, so
 * working days are Monday to Friday. Expected numbers are worked out by hand in the comments.
 */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class IssueDashboardFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2019, 3, 1);
    private static final LocalDate TO = LocalDate.of(2019, 4, 30);
    private static final LocalDate TODAY = LocalDate.of(2019, 5, 10);

    @Autowired IssueDashboardFigures figures;
    @Autowired IssueQueryService queries;
    @Autowired IssueClock clock;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private IssueQueryTestRows rows;
    private long agency;
    private long otherAgency;
    private long field;
    private long otherField;
    private long c1;
    private long c2;
    private String subIndexX;
    private String subIndexY;
    private FigureScope scope;

    @BeforeEach
    void fixture() {
        clock.use(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(7)), IssueClock.ZONE));
        rows = new IssueQueryTestRows(jdbc);
        agency = newAgency();
        otherAgency = newAgency();
        field = rows.field();
        otherField = rows.field();
        List<Map<String, Object>> subIndices = jdbc.queryForList("SELECT id, code FROM pci_sub_index ORDER BY number LIMIT 2");
        subIndexX = (String) subIndices.get(0).get("code");
        subIndexY = (String) subIndices.get(1).get("code");
        // C1 moves sub-index X; C2 moves X and Y.
        c1 = rows.ddciComponent(((Number) subIndices.get(0).get("id")).longValue());
        c2 = rows.ddciComponent(((Number) subIndices.get(0).get("id")).longValue());
        jdbc.update("INSERT INTO ddci_component_pci (component_id, sub_index_id) VALUES (?, ?)", c2, subIndices.get(1).get("id"));
        scope = new FigureScope(FROM, TO, agency);

        // I1: received 4 Mar by e-mail, assigned 5 Mar, deadline 26 Mar, answered 20 Mar (11 working days): on time.
        long i1 = issue(ANSWERED, d(3, 4)).channel(IssueChannel.EMAIL).assigned(d(3, 5)).deadline(d(3, 26))
                .answered(d(3, 20)).insert();
        rows.ddci(i1, c1);
        rows.feedback(i1, true, d(3, 22), 0);
        // I2: field 2, received 11 Mar, assigned 12 Mar, deadline 2 Apr, answered 5 Apr (18 days): late; closed 10 Apr.
        long i2 = rows.issue(otherField, "Đã đóng").state(CLOSED).lead(agency).received(d(3, 11)).assigned(d(3, 12))
                .deadline(d(4, 2)).answered(d(4, 5)).closed(d(4, 10)).insert();
        rows.ddci(i2, c1);
        // I3: received 18 Mar, assigned 19 Mar, deadline 9 Apr, still in progress: overdue on 30 Apr and today.
        long i3 = issue(IN_PROGRESS, d(3, 18)).assigned(d(3, 19)).deadline(d(4, 9)).insert();
        rows.ddci(i3, c1);
        rows.ddci(i3, c2);
        // I4: received 2 Apr by e-mail, classified, not assigned.
        long i4 = issue(CLASSIFIED, d(4, 2)).channel(IssueChannel.EMAIL).insert();
        rows.ddci(i4, c2);
        // I5: received 8 Apr, assigned 9 Apr, deadline 20 May: open, not overdue.
        long i5 = issue(ASSIGNED, d(4, 8)).assigned(d(4, 9)).deadline(d(5, 20)).insert();
        rows.ddci(i5, c2);
        // I6: received 15 Apr, assigned 16 Apr, deadline 7 May, answered 3 May: open on 30 Apr, answered after P.
        long i6 = issue(ANSWERED, d(4, 15)).assigned(d(4, 16)).deadline(d(5, 7)).answered(d(5, 3)).insert();
        rows.ddci(i6, c1);
        // I7: received 20 Apr, rejected on 2 May (timeline only): open on 30 Apr.
        long i7 = issue(REJECTED, d(4, 20)).insert();
        rows.event(i7, IssueAction.REJECT, REJECTED, d(5, 2));
        // I8: received 25 Mar, withdrawn on 10 Apr: not open on 30 Apr.
        long i8 = issue(WITHDRAWN, d(3, 25)).insert();
        rows.event(i8, IssueAction.WITHDRAW, WITHDRAWN, d(4, 10));
        // I9: received 5 Mar, assigned 6 Mar, deadline 27 Mar, answered 26 Mar (14 days), reopened 3 Apr with the
        // new deadline 24 Apr, unanswered since: open and overdue on 30 Apr and today; the answer was on time.
        long i9 = issue(REOPENED, d(3, 5)).assigned(d(3, 6)).deadline(d(4, 24)).answered(d(3, 26)).reopened(1).insert();
        rows.feedback(i9, false, d(4, 3), 0);
        rows.event(i9, IssueAction.FEEDBACK_UNSATISFIED, REOPENED, d(4, 3));
        rows.ddci(i9, c1);
        // I10: received 7 Mar, assigned 8 Mar, deadline 30 Apr, answered 12 Apr (25 days, on time), reopened 5 May
        // with the new deadline 31 May: answered (not open) on 30 Apr, open now but not overdue.
        long i10 = issue(REOPENED, d(3, 7)).assigned(d(3, 8)).deadline(d(5, 31)).answered(d(4, 12)).reopened(1).insert();
        rows.feedback(i10, false, d(5, 5), 0);
        rows.event(i10, IssueAction.FEEDBACK_UNSATISFIED, REOPENED, d(5, 5));
        rows.ddci(i10, c2);
        // I11: received 10 Feb, assigned 11 Feb, deadline 25 Feb, answered 6 Mar (17 days): late; satisfied.
        long i11 = issue(SATISFIED, d(2, 10)).assigned(d(2, 11)).deadline(d(2, 25)).answered(d(3, 6)).insert();
        rows.feedback(i11, true, d(3, 8), 0);
        // I12: received 25 Apr from the national portal, forwarded to a ministry on 28 Apr.
        issue(FORWARDED, d(4, 25)).channel(IssueChannel.NATIONAL_PORTAL).forwarded(d(4, 28)).insert();
        // I13: the other agency's, received 10 Mar, assigned 11 Mar, deadline 20 Mar, in progress: overdue.
        long i13 = rows.issue(field, "Cơ quan khác").state(IN_PROGRESS).lead(otherAgency).received(d(3, 10))
                .assigned(d(3, 11)).deadline(d(3, 20)).insert();
        rows.ddci(i13, c1);
        // I14: received 15 Jan, assigned 16 Jan, deadline 5 Feb, answered 31 Jan (11 days): on time.
        issue(ANSWERED, d(1, 15)).assigned(d(1, 16)).deadline(d(2, 5)).answered(d(1, 31)).insert();
        // I15: received 20 Feb, never classified: open ever since.
        issue(RECEIVED, d(2, 20)).insert();
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestLogins.signOut();
    }

    @Test
    void kpisCountWhatWasOpenAtTheEndOfThePeriodAndTheMeasuresOfThePeriod() {
        KpiComparison kpis = figures.kpis(scope);

        // Open on 30 Apr: I3, I4, I5, I6 (answered 3 May), I7 (rejected 2 May), I9 (reopened 3 Apr), I15 = 7;
        // not I1, I2, I11, I14 (answered before), I8 (withdrawn 10 Apr), I10 (answered 12 Apr, reopened 5 May),
        // I12 (forwarded 28 Apr). Overdue then: assigned, deadline before 30 Apr: I3 (9 Apr), I9 (24 Apr) = 2.
        // Answered in P: I1, I2, I9, I10, I11; on time I1, I9 (26 Mar <= 24 Apr), I10 = 3 of 5.
        // Working days: I1 11 + I2 18 + I9 14 + I10 25 + I11 17 = 85 over 5.
        // Decision 766: total = the 5 answered + I3 (unanswered, deadline 9 Apr passed) = 6; overdue I2, I11, I3;
        // unsatisfied I9, I10: 5 subtracted, 1 left. Reopened: I9, I10 of 5.
        assertThat(kpis.scope()).isEqualTo(scope);
        assertThat(kpis.current()).isEqualTo(new KpiFigures(7, 2, new Measure(3, 5), new Measure(85, 5),
                new Measure(1, 6), new Measure(2, 5)));

        // Previous period, 30 Dec – 28 Feb, ending 28 Feb: open I11 (answered 6 Mar), I15 = 2; overdue I11 (deadline
        // 25 Feb). Answered: I14 only, on time, 11 working days, no feedback, never reopened.
        assertThat(kpis.previousScope()).isEqualTo(new FigureScope(LocalDate.of(2018, 12, 30), LocalDate.of(2019, 2, 28), agency));
        assertThat(kpis.previous()).isEqualTo(new KpiFigures(2, 1, new Measure(1, 1), new Measure(11, 1),
                new Measure(1, 1), new Measure(0, 1)));
    }

    @Test
    void kpisCanBeComparedWithAPeriodOfAnotherLength() {
        // February 2019 (28 days) instead of the 61 days before P: open on 28 Feb I11, I15; overdue I11; answered I14
        // on 31 Jan, outside February: nothing answered.
        FigureScope february = new FigureScope(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28), null);

        KpiComparison kpis = figures.kpis(scope, february);

        assertThat(kpis.current()).isEqualTo(figures.kpis(scope).current());
        assertThat(kpis.previousScope()).isEqualTo(february.forAgency(agency));
        assertThat(kpis.previous()).isEqualTo(new KpiFigures(2, 1, new Measure(0, 0), new Measure(0, 0),
                new Measure(0, 0), new Measure(0, 0)));
    }

    @Test
    void carriedOverIsWhatWasOpenTheDayBeforeThePeriodAndIsStillOpenAtItsEnd() {
        // Open on 28 Feb: I11 (answered 6 Mar), I15. Still open on 30 Apr: I15 only.
        assertThat(figures.carriedOver(scope)).isEqualTo(1);
        // 1 Apr – 31 May ends after today (10 May). Open on 31 Mar: I2 (answered 5 Apr), I3, I8 (withdrawn 10 Apr),
        // I10 (answered 12 Apr), I15; not I9 (answered 26 Mar, reopened 3 Apr). Open today: I3, I4, I5, I9, I10, I15.
        // Both: I3, I10, I15.
        assertThat(figures.carriedOver(new FigureScope(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 31), agency)))
                .isEqualTo(3);
    }

    @Test
    void openAndOverdueByAgencyAreTheKpisAtTheEndOfThePeriodPerLeadAgency() {
        // As the KPI: 7 open on 30 Apr, 2 overdue. The other agency's I13: open, deadline 20 Mar passed.
        List<AgencyOpenCount> all = figures.openAndOverdueByAgency(scope.forAgency(null));

        assertThat(all).contains(new AgencyOpenCount(agency, 7, 2), new AgencyOpenCount(otherAgency, 1, 1));
        assertThat(figures.openAndOverdueByAgency(scope)).containsExactly(new AgencyOpenCount(agency, 7, 2));
        // A period reaching today counts the inbox's open and overdue: I3, I4, I5, I9, I10, I15; I3 and I9 overdue.
        assertThat(figures.openAndOverdueByAgency(new FigureScope(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 31), agency)))
                .containsExactly(new AgencyOpenCount(agency, 6, 2));
    }

    @Test
    void theSatisfactionCardsListHoldsExactlyDecision766sPopulation() {
        // Decision 766 total in P = the 5 answered (I1, I2, I9, I10, I11) + I3 (unanswered, deadline 9 Apr passed) = 6;
        // previous period: I14 only.
        assertThat(queries.count(scope.accountableFilter())).isEqualTo(6)
                .isEqualTo(figures.kpis(scope).current().satisfaction766().denominator());
        assertThat(queries.count(scope.previous().accountableFilter())).isEqualTo(1);
        assertThat(queries.fromQueryParameters(queries.toQueryParameters(scope.accountableFilter())))
                .isEqualTo(scope.accountableFilter());
    }

    @Test
    void whenThePeriodReachesTodayOpenAndOverdueAreTheInboxFilters() {
        // 1 Apr – 31 May ends after today (10 May): open now and received by then: I3, I4, I5, I9, I10, I15 = 6;
        // overdue now: I3 (9 Apr), I9 (24 Apr) = 2.
        FigureScope reachingToday = new FigureScope(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 31), agency);

        KpiFigures now = figures.kpis(reachingToday).current();

        assertThat(now.open()).isEqualTo(6).isEqualTo(queries.count(reachingToday.openNowFilter()));
        assertThat(now.overdue()).isEqualTo(2).isEqualTo(queries.count(reachingToday.openNowFilter().withOverdue(true)));
    }

    @Test
    void receivedByMonthAndStateCountsTheCurrentStateOfWhatWasReceivedEachMonth() {
        // March: I1 answered, I2 closed, I3 in progress, I8 withdrawn, I9 and I10 reopened.
        // April: I4 classified, I5 assigned, I6 answered, I7 rejected, I12 forwarded.
        YearMonth march = YearMonth.of(2019, 3);
        YearMonth april = YearMonth.of(2019, 4);
        List<MonthStateCount> counts = figures.receivedByMonthAndState(scope);

        assertThat(counts).containsExactly(
                new MonthStateCount(march, IN_PROGRESS, 1), new MonthStateCount(march, ANSWERED, 1),
                new MonthStateCount(march, REOPENED, 2), new MonthStateCount(march, CLOSED, 1),
                new MonthStateCount(march, WITHDRAWN, 1),
                new MonthStateCount(april, CLASSIFIED, 1), new MonthStateCount(april, ASSIGNED, 1),
                new MonthStateCount(april, ANSWERED, 1), new MonthStateCount(april, FORWARDED, 1),
                new MonthStateCount(april, REJECTED, 1));
        for (MonthStateCount count : counts) {
            IssueFilter drillDown = scope.receivedFilter().withReceived(count.month().atDay(1), count.month().atEndOfMonth())
                    .withStates(Set.of(count.state()));
            assertThat(queries.count(drillDown)).as(count.toString()).isEqualTo(count.count());
        }
    }

    @Test
    void byAgencyAndStateCountsEachLeadAgencyAndWhatIsOverdueToday() {
        // Overdue today (10 May): I3 in progress (9 Apr), I9 reopened (24 Apr); not I5 (20 May) nor I10 (31 May).
        List<AgencyStateCount> mine = figures.byAgencyAndState(scope);

        assertThat(mine).extracting(AgencyStateCount::state, AgencyStateCount::count, AgencyStateCount::overdue)
                .containsExactly(tuple(CLASSIFIED, 1L, 0L), tuple(ASSIGNED, 1L, 0L), tuple(IN_PROGRESS, 1L, 1L),
                        tuple(ANSWERED, 2L, 0L), tuple(REOPENED, 2L, 1L), tuple(CLOSED, 1L, 0L),
                        tuple(FORWARDED, 1L, 0L), tuple(REJECTED, 1L, 0L), tuple(WITHDRAWN, 1L, 0L));
        assertThat(mine).allMatch(count -> count.agencyId() == agency && count.nameVi().startsWith("Cơ quan bảng điều hành"));
        for (AgencyStateCount count : mine) {
            IssueFilter drillDown = scope.receivedFilter().withStates(Set.of(count.state()));
            assertThat(queries.count(drillDown)).as(count.toString()).isEqualTo(count.count());
            assertThat(queries.count(drillDown.withOverdue(true))).as(count.toString()).isEqualTo(count.overdue());
        }

        // All agencies: the other agency's I13 (in progress, overdue) appears as its own row.
        List<AgencyStateCount> all = figures.byAgencyAndState(scope.forAgency(null));
        assertThat(all).filteredOn(count -> count.agencyId() == otherAgency)
                .extracting(AgencyStateCount::state, AgencyStateCount::count, AgencyStateCount::overdue)
                .containsExactly(tuple(IN_PROGRESS, 1L, 1L));
        assertThat(all).filteredOn(count -> count.agencyId() == agency).containsExactlyElementsOf(mine);
    }

    @Test
    void onTimeByMonthGivesEveryMonthOfThePeriodByTheMonthOfTheAnswer() {
        // March: I1, I9 on time, I11 late = 2 of 3. April: I10 on time, I2 late = 1 of 2.
        List<MonthRate> months = figures.onTimeByMonth(scope);

        assertThat(months).containsExactly(new MonthRate(YearMonth.of(2019, 3), new Measure(2, 3)),
                new MonthRate(YearMonth.of(2019, 4), new Measure(1, 2)));
        for (MonthRate month : months) {
            IssueFilter answered = scope.answeredFilter().withAnswered(month.month().atDay(1), month.month().atEndOfMonth());
            assertThat(queries.count(answered)).isEqualTo(month.onTime().denominator());
        }
        // A month without answers is still listed, with nothing to measure.
        assertThat(figures.onTimeByMonth(new FigureScope(LocalDate.of(2019, 6, 15), LocalDate.of(2019, 7, 10), agency)))
                .containsExactly(new MonthRate(YearMonth.of(2019, 6), new Measure(0, 0)),
                        new MonthRate(YearMonth.of(2019, 7), new Measure(0, 0)));
    }

    @Test
    void openByAgencyAndDdciComponentCountsOpenIssuesOncePerComponent() {
        // Open now, received by 30 Apr: I3 (C1, C2), I4 (C2), I5 (C2), I9 (C1), I10 (C2), I15 (none).
        List<AgencyComponentCount> counts = figures.openByAgencyAndDdciComponent(scope);

        assertThat(counts).extracting(AgencyComponentCount::agencyId, AgencyComponentCount::componentId,
                AgencyComponentCount::count).containsExactlyInAnyOrder(tuple(agency, c1, 2L), tuple(agency, c2, 4L));
        for (AgencyComponentCount count : counts) {
            assertThat(queries.count(scope.openNowFilter().withDdciComponent(count.componentId()))).isEqualTo(count.count());
        }
        // All agencies: the other agency's I13 (C1) too.
        assertThat(figures.openByAgencyAndDdciComponent(scope.forAgency(null)))
                .extracting(AgencyComponentCount::agencyId, AgencyComponentCount::componentId, AgencyComponentCount::count)
                .contains(tuple(agency, c1, 2L), tuple(agency, c2, 4L), tuple(otherAgency, c1, 1L));
    }

    @Test
    void byFieldAndByChannelCountWhatWasReceivedMostFirst() {
        // Received in P: 11 issues, I2 in the second field; I1 and I4 by e-mail, I12 from the national portal.
        assertThat(figures.byField(scope)).extracting(CategoryCount::id, CategoryCount::count)
                .containsExactly(tuple(field, 10L), tuple(otherField, 1L));
        assertThat(figures.byChannel(scope)).containsExactly(new CategoryCount("HOTLINE", null, null, null, 8),
                new CategoryCount("EMAIL", null, null, null, 2), new CategoryCount("NATIONAL_PORTAL", null, null, null, 1));
        for (CategoryCount count : figures.byField(scope)) {
            assertThat(queries.count(scope.receivedFilter().withField(count.id()))).isEqualTo(count.count());
        }
        for (CategoryCount count : figures.byChannel(scope)) {
            IssueChannel channel = IssueChannel.valueOf(count.key());
            assertThat(queries.count(scope.receivedFilter().withChannel(channel))).isEqualTo(count.count());
        }
    }

    @Test
    void openLinkedByPciSubIndexCountsAnIssueOncePerSubIndex() {
        // X: I3 (through C1 and C2, once), I4, I5, I9, I10 = 5. Y (C2 only): I3, I4, I5, I10 = 4.
        Map<String, Long> counts = figures.openLinkedByPciSubIndex(scope);

        assertThat(counts).containsExactly(Map.entry(subIndexX, 5L), Map.entry(subIndexY, 4L));
        counts.forEach((code, count) ->
                assertThat(queries.count(scope.openNowFilter().withPciSubIndex(code))).as(code).isEqualTo(count));
    }

    @Test
    void anAgencyOfficerAlwaysGetsTheirOwnAgencyWhateverScopeIsAsked() {
        long own = jdbc.queryForObject("SELECT id FROM agency WHERE code = 'S-XD'", Long.class);
        FigureScope ownScope = scope.forAgency(own);
        KpiComparison asAdmin = figures.kpis(ownScope);
        List<AgencyStateCount> byAgencyAsAdmin = figures.byAgencyAndState(ownScope);
        TestLogins.signIn(context, "agency");

        assertThat(figures.authorised(scope)).isEqualTo(ownScope);
        assertThat(figures.authorised(scope.forAgency(null))).isEqualTo(ownScope);
        assertThat(figures.kpis(scope)).isEqualTo(asAdmin);
        assertThat(figures.byAgencyAndState(scope.forAgency(null))).isEqualTo(byAgencyAsAdmin);
        assertThat(figures.openByAgencyAndDdciComponent(scope)).allMatch(count -> count.agencyId() == own);
        assertThat(figures.byChannel(scope)).isEqualTo(figures.byChannel(ownScope));
    }

    @Test
    void associationRepresentativesAndAnonymousUsersAreRefused() {
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> figures.kpis(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.byField(scope)).isInstanceOf(AccessDeniedException.class);

        TestLogins.signOut();
        assertThatThrownBy(() -> figures.authorised(scope))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void aScopeNeedsBothDaysInOrder() {
        assertThatThrownBy(() -> new FigureScope(null, TO, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureScope(TO, FROM, null)).isInstanceOf(IllegalArgumentException.class);
        // One day: the previous period is the day before.
        assertThat(new FigureScope(FROM, FROM, 7L).previous()).isEqualTo(new FigureScope(FROM.minusDays(1), FROM.minusDays(1), 7L));
    }

    private IssueQueryTestRows.Issue issue(IssueState state, LocalDate receivedOn) {
        return rows.issue(field, "Kiến nghị " + state).state(state).lead(agency).received(receivedOn);
    }

    private long newAgency() {
        String code = "T-DASH-" + IssueQueryTestRows.unique();
        return agencies.create(new AgencyForm(code, "Cơ quan bảng điều hành " + code, null, AgencyKind.DEPARTMENT, null,
                null, null, List.of())).id();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }
}

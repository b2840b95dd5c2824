package vn.pcitracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.DdciResultService;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Every figure of the scorecard against a hand computation, on an agency A of the test's own with recommendations in
 * March 2019 (no other data uses it; working days: March 2019 has no holiday), inside a rolled-back transaction.
 * <pre>
 * I1 answered  assigned Mon 4 Mar, deadline 15 Mar, answered Fri 8 Mar  → on time, 4 working days, satisfied
 * I2 answered  assigned Mon 4 Mar, deadline  8 Mar, answered Tue 12 Mar → late, 6 working days (overdue for 766)
 * I3 reopened  assigned Mon 11 Mar, answered Fri 15 Mar (deadline then 5 Apr) → on time, 4 days, unsatisfied,
 *              reopened once; awaiting an answer again past 5 Apr 2019 → overdue now
 * I4 in progress, assigned 18 Mar, deadline 22 Mar, unanswered → in the 766 population as overdue; overdue now
 * I5 assigned 25 Mar, deadline 10 Apr 2019 → not in March's measures; overdue now
 * I6 answered 20 Feb 2019 → outside the period
 * on time 2/3 · working days (4+6+4)/3 = 14/3 · 766: population I1..I4 = 4, bad I2 I3 I4 → 1/4 · reopened 1/3
 * overdue now 3 · bottlenecks: B1 (A concerned, identified) and B2 (X concerned, A owns the fix, approved) open;
 *   B3 (A concerned, X owns the fix, implemented) is X's; B4 (A, verified) fixed; B5 (A, dropped) left out → 2 / 1
 * commitment: the newer of A's two commitments; K1 weight 60, 0 → 10, latest value 5 (Q2; Q1 was 8) → 0.5;
 *   K2 weight 40, lower is better, 20 → 10, value 12 → 0.8; unit score 60 × 0.5 + 40 × 0.8 = 62
 * official DDCI: A's result imported for 2011: 77.70, rank 4, "Khá"
 * </pre>
 */
@SpringBootTest
@Transactional
class ScorecardServiceTest {

    private static final LocalDate FROM = LocalDate.of(2019, 3, 1);
    private static final LocalDate TO = LocalDate.of(2019, 3, 31);

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScorecardService scorecards;
    @Autowired AgencyService agencies;
    @Autowired DdciResultService ddci;

    private long agencyA;
    private long agencyX;
    private long newerCommitment;

    @BeforeEach
    void fixture() {
        TestLogins.signIn(context, "admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        agencyA = agencies.create(new AgencyForm("SC-A-" + tag, "Sở thử bảng điểm " + tag, null, AgencyKind.DEPARTMENT,
                null, null, null, List.of())).id();
        agencyX = agencies.create(new AgencyForm("SC-X-" + tag, "Sở khác " + tag, null, AgencyKind.DEPARTMENT,
                null, null, null, List.of())).id();
        issues();
        bottlenecks(tag);
        commitments();
        ddci.importRows(List.of(new ImportRow(2, Map.of("catalogue_code", "REF-DEPARTMENT", "year", "2011",
                "unit", "SC-A-" + tag, "score", "77.7", "rank", "4", "band", "Khá"))), ImportProgress.NONE);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyFigureOfTheAgencyMatchesTheHandComputation() {
        TestLogins.signIn(context, "leader");

        AgencyScorecard a = row(scorecards.scorecards(FROM, TO), agencyA);

        assertThat(a.onTime()).isEqualTo(new Measure(2, 3));
        assertThat(a.averageWorkingDays()).isEqualTo(new Measure(14, 3));
        assertThat(a.satisfaction766()).isEqualTo(new Measure(1, 4));
        assertThat(a.reopened()).isEqualTo(new Measure(1, 3));
        assertThat(a.overdueNow()).isEqualTo(3);
        assertThat(a.bottlenecks().open()).isEqualTo(2);
        assertThat(a.bottlenecks().fixed()).isEqualTo(1);
        assertThat(a.commitment().commitmentId()).isEqualTo(newerCommitment);
        assertThat(a.commitment().unitScore()).isCloseTo(62.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.officialDdci().score()).isEqualByComparingTo("77.70");
        assertThat(a.officialDdci().rank()).isEqualTo(4);
        assertThat(a.officialDdci().band()).isEqualTo("Khá");
        assertThat(a.officialDdci().unitLevel()).isEqualTo(UnitLevel.DEPARTMENT);
    }

    @Test
    void anAgencyOwningOnlyAFixIsListedWithItsBottlenecksAndNothingMeasured() {
        TestLogins.signIn(context, "investment");

        AgencyScorecard x = row(scorecards.scorecards(FROM, TO), agencyX);

        assertThat(x.bottlenecks().open()).isZero();
        assertThat(x.bottlenecks().fixed()).isEqualTo(1);
        assertThat(x.onTime().rate()).isEmpty();
        assertThat(x.commitment()).isNull();
        assertThat(x.officialDdci()).isNull();
    }

    @Test
    void anotherPeriodCountsOnlyItsOwnAnswers() {
        TestLogins.signIn(context, "leader");

        AgencyScorecard a = row(scorecards.scorecards(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28)), agencyA);

        assertThat(a.onTime()).isEqualTo(new Measure(1, 1));
        assertThat(a.overdueNow()).isEqualTo(3);
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirOwnAgency() {
        TestLogins.signIn(context, "agency");
        long own = agencies.findByCode("S-XD").orElseThrow().id();

        List<AgencyScorecard> rows = scorecards.scorecards(FROM, TO);

        assertThat(rows).extracting(AgencyScorecard::agencyId).containsExactly(own);
    }

    @Test
    void associationRepresentativesAreRefused() {
        TestLogins.signIn(context, "association");

        assertThatThrownBy(() -> scorecards.scorecards(FROM, TO)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scorecards.components()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        TestLogins.signIn(context, "leader");

        assertThatThrownBy(() -> scorecards.scorecards(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachMeasureIsMappedToDdciComponentsByTheReferenceData() {
        TestLogins.signIn(context, "leader");

        var mapping = scorecards.components();

        assertThat(mapping.keySet()).containsExactlyInAnyOrder(ScorecardMeasure.values());
        assertThat(mapping.get(ScorecardMeasure.ON_TIME)).extracting(MappedComponent::componentCode)
                .containsExactlyInAnyOrder("PUBLIC_SERVICE_QUALITY", "ADMIN_REFORM_ONE_STOP");
        assertThat(mapping.get(ScorecardMeasure.SATISFACTION_766)).extracting(MappedComponent::componentCode)
                .contains("DIALOGUE_ACCOUNTABILITY");
    }

    private static AgencyScorecard row(List<AgencyScorecard> rows, long agency) {
        return rows.stream().filter(row -> row.agencyId() == agency).findFirst().orElseThrow();
    }

    private void issues() {
        issue("ANSWERED", d(3, 4), d(3, 15), d(3, 8), 0, true);
        issue("ANSWERED", d(3, 4), d(3, 8), d(3, 12), 0, null);
        issue("REOPENED", d(3, 11), LocalDate.of(2019, 4, 5), d(3, 15), 1, false);
        issue("IN_PROGRESS", d(3, 18), d(3, 22), null, 0, null);
        issue("ASSIGNED", d(3, 25), LocalDate.of(2019, 4, 10), null, 0, null);
        issue("ANSWERED", LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 22), LocalDate.of(2019, 2, 20), 0, null);
    }

    private void issue(String state, LocalDate assigned, LocalDate deadline, LocalDate answered, int reopened,
                       Boolean satisfied) {
        long id = jdbc.queryForObject("""
                INSERT INTO issue (code, title, content, channel, field_id, state, priority, lead_agency_id,
                                   received_on, assigned_on, deadline, answered_on, is_public, reopen_count)
                VALUES (?, 'Kiến nghị thử bảng điểm', 'Nội dung', 'HOTLINE', (SELECT min(id) FROM issue_field), ?,
                        'NORMAL', ?, ?, ?, ?, ?, false, ?) RETURNING id""", Long.class,
                "KN-SC-" + UUID.randomUUID().toString().substring(0, 8), state, agencyA, assigned.minusDays(1),
                assigned, deadline, answered, reopened);
        if (satisfied != null) {
            jdbc.update("""
                    INSERT INTO issue_feedback (issue_id, given_at, satisfied, score, recorded_by)
                    VALUES (?, (?::date)::timestamp AT TIME ZONE 'UTC', ?, 3,
                            (SELECT id FROM user_account WHERE username = 'admin'))""", id, answered.plusDays(1),
                    satisfied);
        }
    }

    private void bottlenecks(String tag) {
        long procedure = jdbc.queryForObject("""
                INSERT INTO licensing_procedure (code, name_vi, issuing_agency_id, statutory_days)
                VALUES (?, 'Thủ tục thử bảng điểm', ?, 30) RETURNING id""", Long.class, "SC-P-" + tag, agencyA);
        bottleneck(tag, 1, procedure, agencyA, null, "IDENTIFIED");
        bottleneck(tag, 2, procedure, agencyX, agencyA, "APPROVED");
        bottleneck(tag, 3, procedure, agencyA, agencyX, "IMPLEMENTED");
        bottleneck(tag, 4, procedure, agencyA, null, "VERIFIED");
        bottleneck(tag, 5, procedure, agencyA, null, "DROPPED");
    }

    private void bottleneck(String tag, int n, long procedure, long concerned, Long owner, String state) {
        jdbc.update("""
                INSERT INTO bottleneck (code, procedure_id, agency_id, owner_agency_id, title, description, state,
                                        identified_on, measured_days_after, drop_reason)
                VALUES (?, ?, ?, ?, 'Điểm nghẽn thử', 'Mô tả', ?, DATE '2019-03-01', ?, ?)""",
                "SC" + n + tag, procedure, concerned, owner, state, "VERIFIED".equals(state) ? 10 : null,
                "DROPPED".equals(state) ? "Trùng lặp" : null);
    }

    private void commitments() {
        commitment("Giao ước cũ", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        newerCommitment = commitment("Giao ước 2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        long unit = jdbc.queryForObject("SELECT id FROM commitment_unit WHERE commitment_id = ?", Long.class,
                newerCommitment);
        long k1 = criterion(newerCommitment, 1, "HIGHER_IS_BETTER", 0, 10, 60);
        long k2 = criterion(newerCommitment, 2, "LOWER_IS_BETTER", 20, 10, 40);
        checkIn(k1, unit, 1, 8);
        checkIn(k1, unit, 2, 5);
        checkIn(k2, unit, 1, 12);
    }

    private long commitment(String title, LocalDate from, LocalDate to) {
        long id = jdbc.queryForObject("""
                INSERT INTO commitment (title, period_from, period_to, signing_agency_id, signer_title, unit_kind)
                VALUES (?, ?, ?, ?, 'Giám đốc', 'AGENCY') RETURNING id""", Long.class, title, from, to, agencyX);
        jdbc.update("INSERT INTO commitment_unit (commitment_id, position, agency_id) VALUES (?, 1, ?)", id, agencyA);
        return id;
    }

    private long criterion(long commitment, int position, String direction, int baseline, int target, int weight) {
        return jdbc.queryForObject("""
                INSERT INTO commitment_criterion (commitment_id, position, name, unit, direction, baseline, target,
                                                  weight, source)
                VALUES (?, ?, 'Tiêu chí thử', 'PERCENT', ?, ?, ?, ?, 'MANUAL') RETURNING id""", Long.class,
                commitment, position, direction, baseline, target, weight);
    }

    private void checkIn(long criterion, long unit, int quarter, int value) {
        jdbc.update("""
                INSERT INTO commitment_check_in (criterion_id, unit_id, year, quarter, value, computed, status,
                                                 recorded_by_name, recorded_at)
                VALUES (?, ?, 2019, ?, ?, false, 'ON_TRACK', 'Kiểm thử', now())""", criterion, unit, quarter, value);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }
}

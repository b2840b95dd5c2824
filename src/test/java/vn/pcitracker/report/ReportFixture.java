package vn.pcitracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;

/**
 * A hand-computed October 2016 for the whole province (no other data uses 2016), written straight into the tables by a
 * test that runs in a transaction rolled back afterwards. 2016 has no calendar exceptions: working days are Monday to
 * Friday. Agencies A and B are new; I9 has no lead agency.
 * <pre>
 * I1 A  received 3 Oct, assigned 4 Oct, deadline 18 Oct, answered 14 Oct (8 working days, on time), satisfied 16 Oct
 * I2 A  received 5 Oct, assigned 6 Oct, deadline 20 Oct, answered 25 Oct (13 working days, late)
 * I3 A  received 10 Oct, assigned 11 Oct, deadline 25 Oct, in progress: overdue on 31 Oct
 * I4 A  received 24 Oct, assigned 25 Oct, deadline 8 Nov: open, not overdue
 * I5 A  received 12 Sep, assigned 13 Sep, answered 26 Sep (9 working days) by its deadline; unsatisfied and reopened
 *       4 Oct with the new deadline 18 Oct, unanswered since: open and overdue on 31 Oct
 * I6 B  received 15 Sep, assigned 16 Sep, deadline 30 Sep, answered 7 Oct (15 working days, late), satisfied 10 Oct
 * I7 B  received 20 Oct, classified, not assigned
 * I8 B  received 28 Sep, assigned 29 Sep, deadline 13 Oct, in progress: open on 30 Sep and overdue on 31 Oct
 * I9 -  received 18 Oct, not classified
 * Bottleneck of A: recorded in August, 12 Oct ANALYSING → FIX_PROPOSED. Commitment of A, division "Phòng Một": one
 * check-in on 20 Oct, NEEDS_IMPROVEMENT. PCI goal for 2016: TRANSPARENCY 8.00, LEGAL 9.00 (2022 scores 6.22, 7.87).
 * </pre>
 */
public final class ReportFixture {

    public static final ReportPeriod OCTOBER = ReportPeriod.month(java.time.YearMonth.of(2016, 10));

    private final JdbcTemplate jdbc;
    public final long agencyA;
    public final long agencyB;
    public final String nameA;
    public final String nameB;
    private final long field;

    public ReportFixture(JdbcTemplate jdbc, AgencyService agencies) {
        this.jdbc = jdbc;
        this.nameA = "Sở thử báo cáo A " + unique();
        this.nameB = "Sở thử báo cáo B " + unique();
        this.agencyA = agency(agencies, nameA);
        this.agencyB = agency(agencies, nameB);
        this.field = jdbc.queryForObject("SELECT min(id) FROM issue_field", Long.class);
        issues();
        bottleneck();
        checkIn();
        goal();
    }

    private void issues() {
        long i1 = issue("SATISFIED", agencyA, d(10, 3), d(10, 4), d(10, 18), d(10, 14), 0);
        feedback(i1, true, d(10, 16));
        issue("ANSWERED", agencyA, d(10, 5), d(10, 6), d(10, 20), d(10, 25), 0);
        issue("IN_PROGRESS", agencyA, d(10, 10), d(10, 11), d(10, 25), null, 0);
        issue("ASSIGNED", agencyA, d(10, 24), d(10, 25), d(11, 8), null, 0);
        long i5 = issue("REOPENED", agencyA, d(9, 12), d(9, 13), d(10, 18), d(9, 26), 1);
        feedback(i5, false, d(10, 4));
        jdbc.update("""
                INSERT INTO issue_event (issue_id, occurred_at, actor_name, action, to_state)
                VALUES (?, (DATE '2016-10-04' + time '12:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'Kiểm thử',
                        'FEEDBACK_UNSATISFIED', 'REOPENED')""", i5);
        long i6 = issue("SATISFIED", agencyB, d(9, 15), d(9, 16), d(9, 30), d(10, 7), 0);
        feedback(i6, true, d(10, 10));
        issue("CLASSIFIED", agencyB, d(10, 20), null, null, null, 0);
        issue("IN_PROGRESS", agencyB, d(9, 28), d(9, 29), d(10, 13), null, 0);
        issue("RECEIVED", null, d(10, 18), null, null, null, 0);
    }

    private long issue(String state, Long agency, LocalDate received, LocalDate assigned, LocalDate deadline,
                       LocalDate answered, int reopened) {
        return jdbc.queryForObject("""
                INSERT INTO issue (code, title, content, channel, field_id, state, lead_agency_id, received_on,
                                   assigned_on, deadline, answered_on, reopen_count)
                VALUES (?, 'Kiến nghị thử báo cáo', 'Nội dung', 'HOTLINE', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                Long.class, "KN-2016-" + unique(), field, state, agency, received, assigned, deadline, answered, reopened);
    }

    private void feedback(long issue, boolean satisfied, LocalDate day) {
        jdbc.update("""
                INSERT INTO issue_feedback (issue_id, given_at, satisfied, score, recorded_by)
                VALUES (?, (?::date + time '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', ?, ?,
                        (SELECT id FROM user_account WHERE username = 'admin'))""", issue, day, satisfied, satisfied ? 5 : 1);
    }

    private void bottleneck() {
        long procedure = jdbc.queryForObject("""
                INSERT INTO licensing_procedure (code, name_vi, issuing_agency_id, statutory_days) VALUES (?, 'Thủ tục', ?, 20)
                RETURNING id""", Long.class, "T-" + unique(), agencyA);
        long bottleneck = jdbc.queryForObject("""
                INSERT INTO bottleneck (code, procedure_id, agency_id, title, description, state, identified_on)
                VALUES (?, ?, ?, 'Cấp phép xây dựng chậm', 'Mô tả', 'FIX_PROPOSED', DATE '2016-08-01') RETURNING id""",
                Long.class, "DN-T-" + unique(), procedure, agencyA);
        bottleneckEvent(bottleneck, "CREATE", null, "IDENTIFIED", LocalDateTime.of(2016, 8, 1, 9, 0));
        bottleneckEvent(bottleneck, "START_ANALYSIS", "IDENTIFIED", "ANALYSING", LocalDateTime.of(2016, 9, 5, 9, 0));
        bottleneckEvent(bottleneck, "PROPOSE_FIX", "ANALYSING", "FIX_PROPOSED", LocalDateTime.of(2016, 10, 12, 9, 0));
    }

    private void bottleneckEvent(long bottleneck, String action, String from, String to, LocalDateTime vietnamTime) {
        jdbc.update("""
                INSERT INTO bottleneck_event (bottleneck_id, occurred_at, actor_name, action, from_state, to_state)
                VALUES (?, ?::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', 'Kiểm thử', ?, ?, ?)""",
                bottleneck, vietnamTime, action, from, to);
    }

    private void checkIn() {
        long commitment = jdbc.queryForObject("""
                INSERT INTO commitment (title, period_from, period_to, signing_agency_id, signer_title, unit_kind)
                VALUES ('Giao ước thử báo cáo', DATE '2016-01-01', DATE '2016-12-31', ?, 'Giám đốc', 'DIVISION')
                RETURNING id""", Long.class, agencyA);
        long unit = jdbc.queryForObject("""
                INSERT INTO commitment_unit (commitment_id, position, division_name) VALUES (?, 1, 'Phòng Một') RETURNING id""",
                Long.class, commitment);
        long criterion = jdbc.queryForObject("""
                INSERT INTO commitment_criterion (commitment_id, position, name, unit, direction, baseline, target, weight, source)
                VALUES (?, 1, 'Tỷ lệ đúng hạn', '%', 'HIGHER_IS_BETTER', 50, 90, 100, 'MANUAL') RETURNING id""",
                Long.class, commitment);
        jdbc.update("""
                INSERT INTO commitment_check_in (criterion_id, unit_id, year, quarter, value, computed, status,
                                                 recorded_by_name, recorded_at)
                VALUES (?, ?, 2016, 4, 60, false, 'NEEDS_IMPROVEMENT', 'Người thử',
                        TIMESTAMP '2016-10-20 09:00' AT TIME ZONE 'Asia/Ho_Chi_Minh')""", criterion, unit);
    }

    private void goal() {
        long goal = jdbc.queryForObject("""
                INSERT INTO pci_goal (province_id, year, target_composite, source_document)
                VALUES ((SELECT id FROM province WHERE code = 'hai-phong'), 2016, 70, 'Kế hoạch thử') RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO pci_goal_sub_index (goal_id, sub_index_id, target_score)
                SELECT ?, id, CASE code WHEN 'TRANSPARENCY' THEN 8.00 ELSE 9.00 END FROM pci_sub_index
                WHERE code IN ('TRANSPARENCY', 'LEGAL')""", goal);
    }

    private static long agency(AgencyService agencies, String name) {
        String code = "T-RPT-" + unique();
        return agencies.create(new AgencyForm(code, name, null, AgencyKind.DEPARTMENT, null, null, null, List.of())).id();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2016, month, day);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }
}

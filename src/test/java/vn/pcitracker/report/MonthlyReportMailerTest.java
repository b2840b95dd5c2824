package vn.pcitracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.Recipient;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/**
 * The monthly mail against the calendar's 2026 exceptions: 1 January 2026 is New Year's Day (Thursday), 2 January a
 * swapped day off, then the weekend, so January's first working day is Monday 5 January; 1 and 2 September are National
 * Day, so September's is Thursday 3 September. Rolled back after each test (the mails and the schedule row included).
 */
@SpringBootTest
@Transactional
class MonthlyReportMailerTest {

    private static final String SUBJECT_DECEMBER = "Tháng 12/2025 – Hải Phòng: báo cáo tiếp nhận, xử lý kiến nghị của doanh nghiệp";

    @Autowired MonthlyReportMailer mailer;
    @Autowired ReportScheduleService schedule;
    @Autowired AccountDirectory accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void theFirstWorkingDayComesAfterHolidaysDaysOffAndTheWeekend() {
        assertThat(mailer.firstWorkingDay(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(mailer.firstWorkingDay(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(mailer.firstWorkingDay(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void eachLeaderGetsDecembersReportOnceOnJanuarysFirstWorkingDay() {
        switchOn();
        List<Recipient> leaders = accounts.recipients(Role.LEADER, null, null).stream().filter(r -> r.email() != null).toList();

        assertThat(mailer.sendDue(LocalDate.of(2026, 1, 2))).as("a day off: not yet").isZero();
        assertThat(mailer.sendDue(LocalDate.of(2026, 1, 5))).isEqualTo(leaders.size()).isPositive();
        assertThat(mailer.sendDue(LocalDate.of(2026, 1, 5))).as("run twice").isZero();
        assertThat(mailer.sendDue(LocalDate.of(2026, 1, 6))).as("the next morning").isZero();

        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT count(*) AS mails, count(DISTINCT recipient_id) AS readers FROM mail_outbox WHERE body LIKE ?""",
                "%/reports/monthly?period=2025-12%");
        assertThat(((Number) counts.get("mails")).intValue()).isEqualTo(leaders.size());
        assertThat(((Number) counts.get("readers")).intValue()).isEqualTo(leaders.size());
        Map<String, Object> demoLeaders = jdbc.queryForMap("""
                SELECT m.subject, m.body, a.display_name FROM mail_outbox m JOIN user_account a ON a.id = m.recipient_id
                WHERE a.username = 'leader' AND m.body LIKE ?""", "%period=2025-12%");
        assertThat(demoLeaders.get("subject")).isEqualTo(SUBJECT_DECEMBER);
        assertThat((String) demoLeaders.get("body")).startsWith("Kính gửi " + demoLeaders.get("display_name") + ",")
                .contains("- Tháng 12/2025 tiếp nhận ").contains("/reports/monthly?period=2025-12");
        TestLogins.signIn(context, "leader");
        assertThat(schedule.status().lastSentPeriod()).isEqualTo(ReportPeriod.month(YearMonth.of(2025, 12)));
        assertThat(schedule.status().lastSentMails()).isEqualTo(leaders.size());
    }

    @Test
    void aMissedFirstWorkingDayIsCaughtUpButNothingIsSentWhileTheScheduleIsOff() {
        assertThat(mailer.sendDue(LocalDate.of(2026, 9, 3))).as("off").isZero();

        switchOn();
        assertThat(mailer.sendDue(LocalDate.of(2026, 9, 2))).as("National Day").isZero();
        assertThat(mailer.sendDue(LocalDate.of(2026, 9, 8))).as("caught up").isPositive();
        assertThat(mailer.sendDue(LocalDate.of(2026, 9, 9))).isZero();
    }

    private void switchOn() {
        TestLogins.signIn(context, "investment");
        assertThat(schedule.switchTo(true).enabled()).isTrue();
        TestLogins.signOut();
    }
}

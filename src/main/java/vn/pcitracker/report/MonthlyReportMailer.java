package vn.pcitracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.notification.RoleMailService;
import vn.pcitracker.report.domain.ReportSchedule;
import vn.pcitracker.report.domain.ReportScheduleRepository;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * Mails the report on the month just ended to every enabled leader account with an address, through the notification
 * outbox, on the first working day of each month (Asia/Ho_Chi_Minh, the calendar's holidays and swapped days). The job
 * runs every morning: when the schedule is on, the first working day has come and that month has not been sent, it
 * composes the report, queues the mails and records the month, all in one transaction with the schedule row locked, so
 * a second run, a second instance or a restart never sends a month twice, and a day missed is caught up the next
 * morning.
 */
@Component
class MonthlyReportMailer {

    private final ReportScheduleRepository schedules;
    private final MonthlyReportService reports;
    private final MonthlyReportMail mail;
    private final RoleMailService mailer;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    MonthlyReportMailer(ReportScheduleRepository schedules, MonthlyReportService reports, MonthlyReportMail mail,
                        RoleMailService mailer, WorkingDayCalendar calendar, TransactionTemplate transaction) {
        this.schedules = schedules;
        this.reports = reports;
        this.mail = mail;
        this.mailer = mailer;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${app.report.monthly.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        sendDue(LocalDate.now(MonthlyReportService.PROVINCE));
    }

    /** Sends the month before {@code today} when it is due; returns how many mails were put in the outbox. */
    int sendDue(LocalDate today) {
        return SystemAuthentication.runAsSystem(() -> transaction.execute(status -> {
            ReportSchedule schedule = schedules.lockAll().getFirst();
            ReportPeriod period = ReportPeriod.monthBefore(today);
            if (!schedule.isEnabled() || today.isBefore(firstWorkingDay(YearMonth.from(today))) || sent(schedule, period)) {
                return 0;
            }
            MonthlyReport report = reports.report(period);
            int mails = mailer.mailToRole(Role.LEADER, (locale, name) -> mail.compose(report, locale, name));
            schedule.sent(period.code(), mails, Instant.now());
            return mails;
        }));
    }

    /** The month's first working day: its 1st, or the next working day after holidays, days off and the weekend. */
    LocalDate firstWorkingDay(YearMonth month) {
        return SystemAuthentication.runAsSystem(() -> calendar.addWorkingDays(month.atDay(1), 0));
    }

    /** Whether this month, or a later one, was already mailed ("2026-10" codes sort as their months). */
    private static boolean sent(ReportSchedule schedule, ReportPeriod period) {
        return schedule.getLastSentPeriod() != null && schedule.getLastSentPeriod().compareTo(period.code()) >= 0;
    }
}

package vn.pcitracker.report;

import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.report.domain.ReportSchedule;
import vn.pcitracker.report.domain.ReportScheduleRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;

/**
 * The switch of the monthly mail to the leaders ({@link MonthlyReportMailer}): readers of the report see it,
 * administrators and investment officers turn it on or off.
 */
@Service
public class ReportScheduleService {

    public static final String MAY_SWITCH = "hasAnyRole('ADMIN','INVESTMENT_OFFICER')";

    private final ReportScheduleRepository schedules;
    private final CurrentUser currentUser;

    ReportScheduleService(ReportScheduleRepository schedules, CurrentUser currentUser) {
        this.schedules = schedules;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MonthlyReportService.READERS)
    public ScheduleStatus status() {
        return status(theSchedule());
    }

    @Transactional
    @PreAuthorize(MAY_SWITCH)
    public ScheduleStatus switchTo(boolean on) {
        ReportSchedule schedule = theSchedule();
        schedule.switchTo(on, currentUser.get().map(SignedInUser::displayName).orElse("system"), Instant.now());
        return status(schedules.saveAndFlush(schedule));
    }

    private ReportSchedule theSchedule() {
        return schedules.findFirstByOrderByIdAsc().orElseThrow(() -> new IllegalStateException("V150 inserts the schedule row"));
    }

    static ScheduleStatus status(ReportSchedule schedule) {
        return new ScheduleStatus(schedule.isEnabled(), ReportPeriod.parse(schedule.getLastSentPeriod()).orElse(null),
                schedule.getLastSentAt(), schedule.getLastSentMails(), schedule.getChangedByName(), schedule.getChangedAt());
    }
}

package vn.pcitracker.notification;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.IssueDeadlines;
import vn.pcitracker.issue.OpenDeadline;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.Recipient;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * The daily reminder job. For each issue awaiting an answer: {@value #DAYS_BEFORE} working days before its
 * deadline, and on the first day after it passes, the lead agency and the investment department are told; once a
 * week the leaders get one summary of everything overdue. Each reminder is recorded in
 * {@code notification_trigger} under its issue, deadline and kind (a moved deadline is a new one), so running the
 * job twice, or after a missed day, never tells anyone twice. A missed day is caught up for
 * {@value #CATCH_UP_DAYS} days; older overdue items are the weekly summary's.
 */
@Component
class DeadlineReminders {

    static final int DAYS_BEFORE = 3;
    static final int CATCH_UP_DAYS = 7;

    private final IssueDeadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DeadlineReminders(IssueDeadlines deadlines, WorkingDayCalendar calendar, AccountDirectory accounts, Notifier notifier,
                      JdbcClient jdbc, TransactionTemplate transaction) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.accounts = accounts;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${app.notification.reminders.cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        SystemAuthentication.runAsSystem(() -> remind(deadlines.today()));
    }

    /** Gives the reminders due on {@code today}; returns how many notifications were written. */
    int remind(LocalDate today) {
        return SystemAuthentication.runAsSystem(() -> transaction.execute(status -> {
            List<OpenDeadline> open = deadlines.awaitingAnswer();
            int told = 0;
            List<OpenDeadline> overdue = new ArrayList<>();
            for (OpenDeadline issue : open) {
                if (today.isAfter(issue.deadline())) {
                    overdue.add(issue);
                    if (!issue.deadline().plusDays(CATCH_UP_DAYS).isBefore(today)) {
                        told += remindOnce(NotificationKind.DEADLINE_PASSED, issue);
                    }
                } else if (calendar.workingDaysBetween(today, issue.deadline()) <= DAYS_BEFORE) {
                    told += remindOnce(NotificationKind.DEADLINE_APPROACHING, issue);
                }
            }
            return told + escalate(today, overdue);
        }));
    }

    private int remindOnce(NotificationKind kind, OpenDeadline issue) {
        if (!firstTime(kind + ":" + issue.issueId() + ":" + issue.deadline())) {
            return 0;
        }
        List<Recipient> recipients = new ArrayList<>(accounts.recipients(Role.AGENCY_OFFICER, issue.leadAgencyId(), null));
        recipients.addAll(accounts.recipients(Role.INVESTMENT_OFFICER, null, null));
        return notifier.notify(kind, recipients, issue.issueId(), IssueNotifications.link(issue.issueId()),
                Map.of("code", issue.code(), "title", issue.title(), "deadline", issue.deadline().toString()));
    }

    private int escalate(LocalDate today, List<OpenDeadline> overdue) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (overdue.isEmpty() || !firstTime(NotificationKind.OVERDUE_SUMMARY + ":" + week)) {
            return 0;
        }
        StringBuilder items = new StringBuilder();
        overdue.forEach(issue -> items.append("- ").append(issue.code()).append(" ").append(issue.title())
                .append(" (").append(issue.deadline()).append(")\n"));
        return notifier.notify(NotificationKind.OVERDUE_SUMMARY, accounts.recipients(Role.LEADER, null, null), null,
                "issues", Map.of("count", String.valueOf(overdue.size()), "items", items.toString().strip()));
    }

    private boolean firstTime(String key) {
        return jdbc.sql("insert into notification_trigger (trigger_key) values (?) on conflict do nothing")
                .param(key).update() == 1;
    }
}

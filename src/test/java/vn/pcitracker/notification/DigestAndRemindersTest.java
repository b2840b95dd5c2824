package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.IssueDeadlines;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.security.TestLogins;

@SpringBootTest
class DigestAndRemindersTest {

    @Autowired ApplicationContext context;
    @Autowired DigestComposer digest;
    @Autowired DeadlineReminders reminders;
    @Autowired OutboxSender sender;
    @Autowired NotificationService notifications;
    @Autowired WorkingDayCalendar calendar;
    @Autowired IssueDeadlines deadlines;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(context);
    }

    @AfterEach
    void restore() {
        fixtures.signIn(NotificationFixtures.OFFICER_EN);
        notifications.changeMailMode(MailMode.IMMEDIATE);
        TestLogins.signOut();
    }

    @Test
    void aDigestReaderGetsOneMailADayWithAllTheDaysNotificationsAndNoImmediateOnes() throws Exception {
        fixtures.signIn(NotificationFixtures.OFFICER_EN);
        notifications.changeMailMode(MailMode.DIGEST);
        digest.compose();
        List<String> before = fixtures.outboxSubjects(NotificationFixtures.OFFICER_EN);

        IssueDetails first = fixtures.assigned(null);
        IssueDetails second = fixtures.assigned(null);

        assertThat(fixtures.outboxSubjects(NotificationFixtures.OFFICER_EN)).as("no immediate mail").isEqualTo(before);
        assertThat(digest.compose()).isPositive();
        assertThat(digest.compose()).as("nothing left for a second digest").isZero();
        try (MailServer server = new MailServer(context)) {
            while (sender.sendDue(Instant.now()) > 0) {
                // until the outbox is empty
            }
            List<MimeMessage> mails = server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_EN)).stream()
                    .filter(mail -> MailServer.subject(mail).startsWith("Your notifications of")).toList();
            assertThat(mails).hasSize(1);
            assertThat(mails.getFirst().getSubject()).startsWith("Your notifications of").endsWith("(2)");
            assertThat(mails.getFirst().getContent().toString())
                    .contains("Recommendation " + first.code() + " assigned to your agency", "/issues/" + first.id())
                    .contains("Recommendation " + second.code() + " assigned to your agency", "/issues/" + second.id());
        }
    }

    @Test
    void threeWorkingDaysBeforeTheDeadlineAndTheDayAfterTheAgencyAndTheInvestmentDepartmentAreRemindedOnce() {
        fixtures.signIn("admin");
        LocalDate deadline = calendar.addWorkingDays(deadlines.today(), 30);
        LocalDate threeBefore = calendar.addWorkingDays(deadlines.today(), 27);
        IssueDetails issue = fixtures.assigned(deadline);

        reminders.remind(threeBefore.minusDays(1));
        assertThat(fixtures.recipients(issue.id(), NotificationKind.DEADLINE_APPROACHING)).as("too early").isEmpty();

        reminders.remind(threeBefore);
        reminders.remind(threeBefore);
        assertThat(fixtures.recipients(issue.id(), NotificationKind.DEADLINE_APPROACHING)).doesNotHaveDuplicates()
                .contains("investment", NotificationFixtures.OFFICER_EN, NotificationFixtures.OFFICER_VI,
                        NotificationFixtures.INVESTMENT).doesNotContain("agency", "leader");

        reminders.remind(deadline);
        assertThat(fixtures.recipients(issue.id(), NotificationKind.DEADLINE_PASSED)).as("due today, not yet passed").isEmpty();
        reminders.remind(deadline.plusDays(1));
        reminders.remind(deadline.plusDays(2));
        assertThat(fixtures.recipients(issue.id(), NotificationKind.DEADLINE_PASSED)).doesNotHaveDuplicates()
                .contains("investment", NotificationFixtures.OFFICER_EN, NotificationFixtures.OFFICER_VI);
    }

    @Test
    void overdueItemsReachTheLeadersInOneSummaryAWeek() {
        fixtures.signIn("admin");
        LocalDate deadline = calendar.addWorkingDays(deadlines.today(), 60);
        IssueDetails issue = fixtures.assigned(deadline);
        LocalDate monday = deadline.plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        long leader = fixtures.accountId("leader");

        reminders.remind(monday);
        reminders.remind(monday.plusDays(2));

        List<String> summaries = fixtures.jdbc.queryForList("""
                select p.value from notification n join notification_param p on p.notification_id = n.id and p.name = 'items'
                where n.recipient_id = ? and n.kind = 'OVERDUE_SUMMARY' and p.value like ?""", String.class,
                leader, "%" + issue.code() + "%");
        assertThat(summaries).hasSize(1);
    }
}

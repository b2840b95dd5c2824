package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.security.TestLogins;

/** The outbox against a real SMTP conversation (GreenMail), including a server that is down and comes back. */
@SpringBootTest
class OutboxSenderTest {

    @Autowired ApplicationContext context;
    @Autowired OutboxSender sender;
    @Autowired MailSwitch mailSwitch;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void inDemoModeSendingIsOffAndMailsStayInTheOutbox() {
        IssueDetails issue = fixtures.assigned(null);

        assertThat(mailSwitch.isEnabled()).isFalse();
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
        assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "PENDING")
                .containsEntry("subject", "Kiến nghị " + issue.code() + " được giao cho đơn vị chủ trì");
    }

    @Test
    void aPendingMailGoesOutOverSmtpInTheRecipientsLanguage() throws Exception {
        try (MailServer server = new MailServer(context)) {
            IssueDetails issue = fixtures.assigned(null);

            sendEverythingDue(Instant.now());

            List<MimeMessage> english = server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_EN));
            assertThat(english).extracting(MimeMessage::getSubject).contains("Recommendation " + issue.code() + " assigned to your agency");
            MimeMessage vietnamese = server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_VI)).stream()
                    .filter(m -> MailServer.subject(m).contains(issue.code())).findFirst().orElseThrow();
            assertThat(vietnamese.getSubject()).isEqualTo("Kiến nghị " + issue.code() + " được giao cho đơn vị chủ trì");
            assertThat(vietnamese.getContent().toString()).contains(issue.title()).contains("/issues/" + issue.id());
            assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "SENT");
        }
    }

    @Test
    void whenTheServerIsDownMailsStayPendingWithTheErrorAndGoOutWhenItComesBack() {
        try (MailServer server = new MailServer(context)) {
            server.stop();
            IssueDetails issue = fixtures.assigned(null);
            Instant now = Instant.now();

            sendEverythingDue(now);

            Map<String, Object> waiting = statusOfLatestMailTo(NotificationFixtures.OFFICER_VI);
            assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat((String) waiting.get("last_error")).isNotBlank();
            assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toInstant()).isAfter(now);

            server.start();
            sendEverythingDue(now.plus(OutboxSender.FIRST_RETRY).plusSeconds(1));

            Map<String, Object> sent = statusOfLatestMailTo(NotificationFixtures.OFFICER_VI);
            assertThat(sent).containsEntry("status", "SENT").containsEntry("attempts", 2);
            assertThat(server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_VI))).extracting(MailServer::subject)
                    .contains("Kiến nghị " + issue.code() + " được giao cho đơn vị chủ trì");
        }
    }

    @Test
    void aMailThatFailedSeveralTimesIsDeliveredExactlyOnceWhenTheServerComesBackWithEveryAttemptCounted() {
        try (MailServer server = new MailServer(context)) {
            server.stop();
            IssueDetails issue = fixtures.assigned(null);
            String subject = "Kiến nghị " + issue.code() + " được giao cho đơn vị chủ trì";
            Instant now = Instant.now();
            sendEverythingDue(now);
            sendEverythingDue(now.plus(Duration.ofMinutes(2)));
            sendEverythingDue(now.plus(Duration.ofMinutes(10)));
            assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "PENDING")
                    .containsEntry("attempts", 3);

            server.start();
            sendEverythingDue(now.plus(Duration.ofMinutes(30)));
            sendEverythingDue(now.plus(Duration.ofHours(3)));
            sendEverythingDue(now.plus(Duration.ofDays(2)));

            assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "SENT")
                    .containsEntry("attempts", 4);
            assertThat(server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_VI))).extracting(MailServer::subject)
                    .containsOnlyOnce(subject);
        }
    }

    @Test
    void aMailStillUndeliveredAfterTheLastAttemptIsMarkedFailedAndNoLongerTried() {
        try (MailServer server = new MailServer(context)) {
            server.stop();
            fixtures.assigned(null);
            Instant now = Instant.now();
            for (int attempt = 0; attempt < 25; attempt++) {
                sendEverythingDue(now.plus(Duration.ofHours(2L * attempt)));
            }

            assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "FAILED")
                    .containsEntry("attempts", 20);
            server.start();
            sendEverythingDue(now.plus(Duration.ofDays(30)));
            assertThat(statusOfLatestMailTo(NotificationFixtures.OFFICER_VI)).containsEntry("status", "FAILED")
                    .containsEntry("attempts", 20);
            assertThat(server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_VI))).isEmpty();
        }
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToAnHour() {
        assertThat(List.of(1, 2, 3, 7, 8, 20)).extracting(OutboxSender::wait).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    private void sendEverythingDue(Instant now) {
        int sentOrTried;
        do {
            sentOrTried = sender.sendDue(now);
        } while (sentOrTried > 0);
    }

    private Map<String, Object> statusOfLatestMailTo(String username) {
        return fixtures.jdbc.queryForMap("""
                select subject, status, attempts, last_error, next_attempt_at from mail_outbox
                where recipient_id = ? order by id desc limit 1""", fixtures.accountId(username));
    }
}

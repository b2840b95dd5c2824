package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.security.TestLogins;

/**
 * Script, HTML and line breaks typed into a recommendation reach its e-mails as plain text: the mail is text/plain,
 * so no mail client renders the markup, and a line break cannot add a header or a recipient (issue 9, bad input).
 * Real SMTP conversation (GreenMail).
 */
@SpringBootTest
class MailShowsTextTest {

    private static final String EVIL = "attacker@evil.example";

    @Autowired ApplicationContext context;
    @Autowired OutboxSender sender;
    @Autowired IssueService issues;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void markupAndLineBreaksInATitleArriveAsLiteralTextInAPlainTextMail() throws Exception {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        String token = UUID.randomUUID().toString().substring(0, 8);
        String title = "<img src=x onerror=alert(1)> <script>alert(2)</script> " + token + "\r\nBcc: " + EVIL;
        try (MailServer server = new MailServer(context)) {
            fixtures.signIn("investment");
            NewIssue template = fixtures.newIssue(IssueChannel.HOTLINE);
            IssueDetails created = issues.create(new NewIssue(title, template.content(), template.channel(), null,
                    template.fieldId(), template.priority(), template.enterpriseIds(), template.associationIds(),
                    template.ddciComponentIds(), false, null));
            issues.assign(created.id(), new Assignment(fixtures.agency, Set.of(), null, "<b>giao</b>\r\nCc: " + EVIL),
                    created.version());

            while (sender.sendDue(Instant.now()) > 0) {
                // until the outbox is empty
            }

            List<MimeMessage> mails = server.to(NotificationFixtures.email(NotificationFixtures.OFFICER_VI)).stream()
                    .filter(mail -> body(mail).contains(token)).toList();
            assertThat(mails).hasSize(1);
            MimeMessage mail = mails.getFirst();
            assertThat(mail.getContentType()).startsWith("text/plain");
            assertThat(body(mail)).contains("<img src=x onerror=alert(1)> <script>alert(2)</script> " + token);
            assertThat(mail.getAllRecipients()).extracting(Object::toString).doesNotContain(EVIL);
            assertThat(mail.getHeader("Bcc")).isNull();
            assertThat(server.to(EVIL)).isEmpty();
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

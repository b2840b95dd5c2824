package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.i18n.AppLocales;

@SpringBootTest
class NotificationServiceTest {

    @Autowired ApplicationContext context;
    @Autowired NotificationService notifications;

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
    void aUserReadsTheirNotificationsNewestFirstInTheLanguageTheyAskForAndMarksThemRead() {
        IssueDetails issue = fixtures.assigned(null);
        fixtures.signIn(NotificationFixtures.OFFICER_VI);
        long unread = notifications.unreadCount();

        List<NotificationItem> latest = notifications.latest(5, AppLocales.ENGLISH);

        assertThat(latest.getFirst().text()).isEqualTo("Recommendation " + issue.code() + " assigned to your agency");
        assertThat(latest.getFirst().link()).isEqualTo("issues/" + issue.id());
        assertThat(latest.getFirst().read()).isFalse();
        notifications.markRead(latest.getFirst().id());
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.latest(5, AppLocales.VIETNAMESE)).allMatch(NotificationItem::read);
    }

    @Test
    void nobodyMarksAnotherUsersNotification() {
        fixtures.assigned(null);
        fixtures.signIn(NotificationFixtures.OFFICER_VI);
        long theirs = notifications.latest(1, AppLocales.VIETNAMESE).getFirst().id();
        fixtures.signIn(NotificationFixtures.OFFICER_EN);

        assertThatThrownBy(() -> notifications.markRead(theirs)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theMailPreferenceIsImmediateUntilTheUserChoosesTheDigest() {
        fixtures.signIn(NotificationFixtures.INVESTMENT);
        assertThat(notifications.mailMode()).isEqualTo(MailMode.IMMEDIATE);

        notifications.changeMailMode(MailMode.DIGEST);
        try {
            assertThat(notifications.mailMode()).isEqualTo(MailMode.DIGEST);
        } finally {
            notifications.changeMailMode(MailMode.IMMEDIATE);
        }
    }
}

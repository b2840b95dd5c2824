package vn.pcitracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.issue.Feedback;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.security.TestLogins;

@SpringBootTest
class IssueNotificationsTest {

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transaction;

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
    void anAssignmentTellsTheLeadAgencysOfficersEachInTheirOwnLanguage() {
        IssueDetails issue = fixtures.assigned(null);

        assertThat(fixtures.recipients(issue.id(), NotificationKind.ISSUE_ASSIGNED))
                .containsExactly(NotificationFixtures.OFFICER_EN, NotificationFixtures.OFFICER_VI);
        assertThat(fixtures.outboxSubjects(NotificationFixtures.OFFICER_VI))
                .contains("Kiến nghị " + issue.code() + " được giao cho đơn vị chủ trì");
        assertThat(fixtures.outboxSubjects(NotificationFixtures.OFFICER_EN))
                .contains("Recommendation " + issue.code() + " assigned to your agency");
        String body = fixtures.jdbc.queryForObject("select body from mail_outbox where recipient_id = ? order by id desc limit 1",
                String.class, fixtures.accountId(NotificationFixtures.OFFICER_EN));
        assertThat(body).contains(issue.title()).contains("/issues/" + issue.id())
                .contains(vn.pcitracker.shared.i18n.LocaleFormats.date(issue.deadline(), vn.pcitracker.shared.i18n.AppLocales.ENGLISH));
    }

    @Test
    void anAnswerTellsTheSubmitterAssociationsRepresentatives() {
        IssueDetails issue = fixtures.answered();

        assertThat(fixtures.recipients(issue.id(), NotificationKind.ISSUE_ANSWERED)).containsExactly("association");
    }

    @Test
    void aReopeningTellsTheInvestmentDepartmentAndTheLeadAgencyButNotWhoReopenedIt() {
        IssueDetails answered = fixtures.answered();
        fixtures.signIn("association");

        fixtures.issues.giveFeedback(answered.id(), new Feedback(false, 2, "Chưa giải quyết được", false), answered.version());

        assertThat(fixtures.recipients(answered.id(), NotificationKind.ISSUE_REOPENED)).contains("investment",
                NotificationFixtures.INVESTMENT, NotificationFixtures.OFFICER_VI, NotificationFixtures.OFFICER_EN)
                .doesNotContain("association");
    }

    @Test
    void anAssociationsSubmissionTellsTheInvestmentDepartment() {
        IssueDetails issue = fixtures.issues.create(fixtures.newIssue(IssueChannel.ASSOCIATION_PORTAL));

        assertThat(fixtures.recipients(issue.id(), NotificationKind.ISSUE_SUBMITTED))
                .contains(NotificationFixtures.INVESTMENT).doesNotContain("investment", "agency", "leader");
    }

    @Test
    void issuesLoggedThroughOtherChannelsTellNobody() {
        IssueDetails issue = fixtures.issues.create(fixtures.newIssue(IssueChannel.HOTLINE));

        assertThat(fixtures.jdbc.queryForObject("select count(*) from notification where issue_id = ?", Long.class, issue.id()))
                .isZero();
    }

    @Test
    void aChangeThatRollsBackLeavesNoNotificationAndNoMail() {
        long mailsBefore = countOutbox();
        IssueDetails issue = fixtures.issues.create(fixtures.newIssue(IssueChannel.HOTLINE));
        long[] insideTheTransaction = new long[1];

        transaction.executeWithoutResult(status -> {
            fixtures.issues.assign(issue.id(), new vn.pcitracker.issue.Assignment(fixtures.agency, java.util.Set.of(), null, null),
                    issue.version());
            insideTheTransaction[0] = fixtures.recipients(issue.id(), NotificationKind.ISSUE_ASSIGNED).size();
            status.setRollbackOnly();
        });

        assertThat(insideTheTransaction[0]).as("written in the command's transaction").isEqualTo(2);
        assertThat(fixtures.recipients(issue.id(), NotificationKind.ISSUE_ASSIGNED)).isEmpty();
        assertThat(countOutbox()).isEqualTo(mailsBefore);
    }

    private long countOutbox() {
        return fixtures.jdbc.queryForObject("select count(*) from mail_outbox where recipient_id in (?, ?)", Long.class,
                fixtures.accountId(NotificationFixtures.OFFICER_VI), fixtures.accountId(NotificationFixtures.OFFICER_EN));
    }
}

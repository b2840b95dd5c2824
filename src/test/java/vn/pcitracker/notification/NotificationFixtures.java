package vn.pcitracker.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * Issues moved through the real issue service, and the accounts that receive their notifications: two officers of
 * Sở Giáo dục và Đào tạo (one reading Vietnamese, one English; no demo account belongs to that agency), a second
 * investment officer (the demo one is the actor of most moves, and actors are not told about their own moves).
 */
final class NotificationFixtures {

    static final String PASSWORD = "mot-mat-khau-dai-2026";
    static final String OFFICER_VI = "notify-gddt-vi";
    static final String OFFICER_EN = "notify-gddt-en";
    static final String INVESTMENT = "notify-investment";

    final ApplicationContext context;
    final IssueService issues;
    final JdbcTemplate jdbc;
    final long agency;
    final long association;
    final long fieldId;
    final long ddciComponent;

    NotificationFixtures(ApplicationContext context) {
        this.context = context;
        this.issues = context.getBean(IssueService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        signIn("admin");
        agency = context.getBean(AgencyService.class).findByCode("S-GDDT").orElseThrow().id();
        association = context.getBean(AssociationService.class).findByCode("HHDN-HP").orElseThrow().id();
        fieldId = context.getBean(IssueFieldService.class).fields().stream()
                .filter(f -> f.code().equals("CONSTRUCTION")).findFirst().orElseThrow().id();
        DdciService ddci = context.getBean(DdciService.class);
        ddciComponent = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        ensureAccount(OFFICER_VI, Role.AGENCY_OFFICER, agency, AppLocales.VIETNAMESE);
        ensureAccount(OFFICER_EN, Role.AGENCY_OFFICER, agency, AppLocales.ENGLISH);
        ensureAccount(INVESTMENT, Role.INVESTMENT_OFFICER, null, AppLocales.VIETNAMESE);
        signIn("investment");
    }

    static String email(String username) {
        return username + "@test.pcitracker.example";
    }

    void signIn(String username) {
        TestLogins.signIn(context, username);
    }

    private void ensureAccount(String username, Role role, Long agencyId, Locale locale) {
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.search(username).stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(new AccountForm(username, "Người nhận thử " + username, email(username), role, agencyId, null),
                    PASSWORD);
        }
        signIn(username);
        accounts.changeMyLanguage(locale);
        signIn("admin");
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    NewIssue newIssue(IssueChannel channel) {
        String title = "Kiến nghị thông báo thử " + UUID.randomUUID();
        return new NewIssue(title, "Nội dung: " + title, channel, null, fieldId, IssuePriority.NORMAL, List.of(),
                List.of(association), Set.of(ddciComponent), false, null);
    }

    /** A new issue logged and assigned to Sở Giáo dục và Đào tạo by the demo investment officer. */
    IssueDetails assigned(LocalDate deadline) {
        signIn("investment");
        IssueDetails created = issues.create(newIssue(IssueChannel.HOTLINE));
        return issues.assign(created.id(), new Assignment(agency, Set.of(), deadline, "Giao Sở GD&ĐT"), created.version());
    }

    IssueDetails answered() {
        IssueDetails assigned = assigned(null);
        signIn(OFFICER_VI);
        return issues.answer(assigned.id(), new Answer(AnswerKind.ON_SPOT, "Đã trả lời tại hội nghị", null, null),
                assigned.version());
    }

    /** Notifications of {@code kind} about one issue, per recipient username. */
    List<String> recipients(long issueId, NotificationKind kind) {
        return jdbc.queryForList("""
                select a.username from notification n join user_account a on a.id = n.recipient_id
                where n.issue_id = ? and n.kind = ? order by a.username""", String.class, issueId, kind.name());
    }

    List<String> outboxSubjects(String username) {
        return jdbc.queryForList("select subject from mail_outbox where recipient_id = ? order by id", String.class,
                accountId(username));
    }
}

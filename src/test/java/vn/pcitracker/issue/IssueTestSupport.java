package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

/**
 * Issues in a given state for the issue service tests, created and moved through the real service by the
 * demo investment officer; plus the extra accounts the access tests need (officers of other agencies, a
 * representative of another association). Every test makes its own issues in the shared database.
 */
final class IssueTestSupport {

    static final String PASSWORD = "mot-mat-khau-dai-2026";
    /** Agency officer of Sở Tài chính: neither lead nor coordinator of the issues made here. */
    static final String OTHER_AGENCY_OFFICER = "issue-test-stc";
    /** Agency officer of Sở Y tế, the coordinating agency of the issues made here. */
    static final String COORDINATOR_OFFICER = "issue-test-syt";
    /** Representative of Hội Doanh nhân trẻ, not a party of the issues made here. */
    static final String OTHER_ASSOCIATION_REP = "issue-test-hdnt";

    final ApplicationContext context;
    final IssueService issues;
    final JdbcTemplate jdbc;
    final WorkingDayCalendar calendar;
    final IssueClock clock;

    final long leadAgency;
    final long coordinatorAgency;
    final long otherAgency;
    final long ministry;
    final long association;
    final long otherAssociation;
    final long enterprise;
    final long fieldId;
    final long ddciComponent;
    final long dialogue;
    final long laterDialogue;

    IssueTestSupport(ApplicationContext context) {
        this.context = context;
        this.issues = context.getBean(IssueService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.calendar = context.getBean(WorkingDayCalendar.class);
        this.clock = context.getBean(IssueClock.class);
        signIn("admin");
        AgencyService agencies = context.getBean(AgencyService.class);
        AssociationService associations = context.getBean(AssociationService.class);
        leadAgency = agencies.findByCode("S-XD").orElseThrow().id();
        coordinatorAgency = agencies.findByCode("S-YT").orElseThrow().id();
        otherAgency = agencies.findByCode("S-TC").orElseThrow().id();
        ministry = agencies.findByCode("BO-XD").orElseThrow().id();
        association = associations.findByCode("HHDN-HP").orElseThrow().id();
        otherAssociation = associations.findByCode("HDNT-HP").orElseThrow().id();
        enterprise = context.getBean(EnterpriseService.class).findByTaxCode("0299000006").orElseThrow().id();
        fieldId = context.getBean(IssueFieldService.class).fields().stream()
                .filter(f -> f.code().equals("CONSTRUCTION")).findFirst().orElseThrow().id();
        DdciService ddci = context.getBean(DdciService.class);
        ddciComponent = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        ensureAccount(OTHER_AGENCY_OFFICER, Role.AGENCY_OFFICER, otherAgency, null);
        ensureAccount(COORDINATOR_OFFICER, Role.AGENCY_OFFICER, coordinatorAgency, null);
        ensureAccount(OTHER_ASSOCIATION_REP, Role.ASSOCIATION_REP, null, otherAssociation);
        dialogue = newDialogue();
        laterDialogue = newDialogue();
        signIn("investment");
    }

    void signIn(String username) {
        TestLogins.signIn(context, username);
    }

    private void ensureAccount(String username, Role role, Long agencyId, Long associationId) {
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.search(username).stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(new AccountForm(username, "Tài khoản thử " + username, null, role, agencyId, associationId), PASSWORD);
        }
    }

    // The dialogue module (which owns these sessions) is not part of this branch: a plain row stands in.
    private long newDialogue() {
        return jdbc.queryForObject("INSERT INTO dialogue_session (kind, title, held_on, host_agency_id, synthetic) "
                + "VALUES ('MONTHLY', ?, ?, ?, true) RETURNING id", Long.class,
                "Hội nghị đối thoại thử " + UUID.randomUUID(), LocalDate.of(2026, 1, 15), otherAgency);
    }

    NewIssue newIssue(String title) {
        return new NewIssue(title, "Nội dung kiến nghị: " + title, IssueChannel.DIALOGUE, dialogue, fieldId,
                IssuePriority.NORMAL, List.of(enterprise), List.of(association), Set.of(ddciComponent), false, null);
    }

    Assignment assignment() {
        return new Assignment(leadAgency, Set.of(coordinatorAgency), null, "Giao Sở Xây dựng chủ trì");
    }

    /** A new issue brought to {@code state} by the investment officer, who stays signed in. */
    IssueDetails inState(IssueState state) {
        signIn("investment");
        return switch (state) {
            case RECEIVED -> issues.create(newIssue("Kiến nghị thử " + UUID.randomUUID()));
            case CLASSIFIED -> next(IssueState.RECEIVED, i -> issues.classify(i.id(), null, i.version()));
            case ASSIGNED -> next(IssueState.RECEIVED, i -> issues.assign(i.id(), assignment(), i.version()));
            case IN_PROGRESS -> next(IssueState.ASSIGNED, i -> issues.start(i.id(), null, i.version()));
            case ANSWERED -> next(IssueState.IN_PROGRESS, i -> issues.answer(i.id(),
                    new Answer(AnswerKind.ON_SPOT, "Đã trả lời tại hội nghị", null, null), i.version()));
            case SATISFIED, REOPENED -> next(IssueState.ANSWERED, i -> issues.giveFeedback(i.id(),
                    new Feedback(state == IssueState.SATISFIED, 4, "Ghi nhận qua điện thoại", true), i.version()));
            case CLOSED -> next(IssueState.SATISFIED, i -> issues.close(i.id(), null, i.version()));
            case FORWARDED -> next(IssueState.CLASSIFIED, i -> issues.forward(i.id(), ministry, clock.today(),
                    "Vượt thẩm quyền", i.version()));
            case REJECTED -> next(IssueState.RECEIVED, i -> issues.reject(i.id(), "Thuộc trách nhiệm của doanh nghiệp", i.version()));
            case WITHDRAWN -> next(IssueState.RECEIVED, i -> issues.withdraw(i.id(), null, i.version()));
        };
    }

    private IssueDetails next(IssueState before, UnaryOperator<IssueDetails> move) {
        return move.apply(inState(before));
    }

    /** Takes {@code action} on the issue with valid input, as whoever is signed in now. */
    IssueDetails perform(IssueAction action, IssueDetails issue, Role role) {
        long id = issue.id();
        long version = issue.version();
        LocalDate later = issue.deadline() == null ? null : calendar.addWorkingDays(issue.deadline(), 5);
        boolean officer = role != Role.ASSOCIATION_REP;
        return switch (action) {
            case CREATE -> issues.create(newIssue("Kiến nghị thử " + UUID.randomUUID()));
            case EDIT -> issues.edit(id, new IssueEdit(issue.title() + " (sửa)", issue.content(), issue.field().id(),
                    IssuePriority.HIGH, issue.ddciComponentIds(), issue.isPublic(), List.of(enterprise), List.of(association)), version);
            case CLASSIFY -> issues.classify(id, "Lĩnh vực xây dựng", version);
            case ASSIGN -> issues.assign(id, assignment(), version);
            case START -> issues.start(id, null, version);
            case CONTRIBUTE -> issues.contribute(id, "Ý kiến phối hợp");
            case ANSWER -> issues.answer(id, new Answer(AnswerKind.WRITTEN, "Trả lời bằng văn bản", "123/SXD-QLXD",
                    clock.today()), version);
            case FEEDBACK_SATISFIED -> issues.giveFeedback(id, new Feedback(true, 5, "Hài lòng", officer), version);
            case FEEDBACK_UNSATISFIED -> issues.giveFeedback(id, new Feedback(false, 2, "Chưa thỏa đáng", officer), version);
            case CLOSE -> issues.close(id, null, version);
            case RESUME -> issues.resume(id, null, version);
            case FORWARD -> issues.forward(id, ministry, clock.today(), "Vượt thẩm quyền", version);
            case REJECT -> issues.reject(id, "Không thuộc phạm vi", version);
            case WITHDRAW -> issues.withdraw(id, null, version);
            case REQUEST_EXTENSION -> issues.requestExtension(id, later, "Cần khảo sát hiện trường");
            case EXTEND -> issues.extend(id, later, "Cần khảo sát hiện trường", version);
            case CARRY_OVER -> issues.carryOver(id, laterDialogue);
            case BACK -> issues.back(id, List.of());
        };
    }

    static void assertRefusedAsNotAllowed(Runnable command) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::messageKey)
                        .containsExactly("issue.IssueService.actionNotAllowed"));
    }

    long issueCount() {
        return jdbc.queryForObject("SELECT count(*) FROM issue", Long.class);
    }
}

package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.issue.IssueTestSupport.COORDINATOR_OFFICER;
import static vn.pcitracker.issue.IssueTestSupport.OTHER_AGENCY_OFFICER;
import static vn.pcitracker.issue.IssueTestSupport.OTHER_ASSOCIATION_REP;
import static vn.pcitracker.issue.IssueTestSupport.assertRefusedAsNotAllowed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
class IssueServiceTest {

    /** Who signs in, and with which role, for the per-role workflow checks. */
    private static final Map<String, Role> LOGINS = Map.of(
            "investment", Role.INVESTMENT_OFFICER, "leader", Role.LEADER, "admin", Role.ADMIN,
            "agency", Role.AGENCY_OFFICER, COORDINATOR_OFFICER, Role.AGENCY_OFFICER,
            OTHER_AGENCY_OFFICER, Role.AGENCY_OFFICER, "association", Role.ASSOCIATION_REP,
            OTHER_ASSOCIATION_REP, Role.ASSOCIATION_REP);
    /** States in which the issues made by the support class have a lead agency (S-XD) and a coordinator (S-YT). */
    private static final Set<IssueState> ROUTED = EnumSet.of(IssueState.ASSIGNED, IssueState.IN_PROGRESS,
            IssueState.ANSWERED, IssueState.SATISFIED, IssueState.REOPENED, IssueState.CLOSED);

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired IssueClock clock;

    @BeforeEach
    void signInAsInvestmentOfficer() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
        support.signIn("investment");
    }

    @AfterEach
    void backToTheRealClock() {
        clock.reset();
        TestLogins.signOut();
    }

    @ParameterizedTest
    @EnumSource(IssueState.class)
    void everyMoveSucceedsExactlyWhenTheWorkflowOffersItToTheSignedInUserAndIsRefusedOtherwise(IssueState state) {
        IssueDetails shared = support.inState(state);
        int moved = 0;
        for (Map.Entry<String, Role> login : LOGINS.entrySet()) {
            support.signIn(login.getKey());
            Optional<IssueDetails> seen = issues.find(shared.id());
            assertThat(seen.isPresent()).as("%s sees an issue %s", login.getKey(), state)
                    .isEqualTo(expectedVisible(login.getKey(), state));
            for (IssueAction action : EnumSet.complementOf(EnumSet.of(IssueAction.CREATE))) {
                if (seen.isEmpty()) {
                    assertThatThrownBy(() -> support.perform(action, shared, login.getValue()))
                            .as("%s by %s", action, login.getKey()).isInstanceOf(RecordNotFoundException.class);
                } else if (seen.get().allowedActions().contains(action)) {
                    IssueDetails fresh = support.inState(state);
                    support.signIn(login.getKey());
                    IssueDetails after = support.perform(action, issues.find(fresh.id()).orElseThrow(), login.getValue());
                    TimelineEntry last = after.timeline().getLast();
                    assertThat(last.action()).isEqualTo(action);
                    assertThat(last.fromState()).isEqualTo(state);
                    assertThat(last.toState()).isEqualTo(after.state());
                    moved++;
                } else {
                    assertRefusedAsNotAllowed(() -> support.perform(action, seen.get(), login.getValue()));
                }
            }
        }
        if (!state.isFinal()) {
            assertThat(moved).as("moves that succeeded").isPositive();
        }
    }

    private static boolean expectedVisible(String login, IssueState state) {
        return switch (login) {
            case "investment", "leader", "admin", "association" -> true;
            case "agency", COORDINATOR_OFFICER -> ROUTED.contains(state);
            default -> false;
        };
    }

    @Test
    void leadersAndAdministratorsReadEverythingButMoveNothing() {
        IssueDetails assigned = support.inState(IssueState.ASSIGNED);
        for (String login : List.of("leader", "admin")) {
            support.signIn(login);
            assertThat(issues.find(assigned.id())).hasValueSatisfying(i -> assertThat(i.allowedActions()).isEmpty());
            assertRefusedAsNotAllowed(() -> issues.start(assigned.id(), null, assigned.version()));
        }
    }

    @Test
    void theWholePathFromReceivingToClosingLeavesSevenTimelineEntriesInOrder() {
        IssueDetails issue = issues.create(support.newIssue("Chậm cấp phép xây dựng " + UUID.randomUUID()));
        assertThat(issue.code()).matches("KN-\\d{4}-\\d{6}");
        issue = issues.classify(issue.id(), "Lĩnh vực xây dựng", issue.version());
        issue = issues.assign(issue.id(), support.assignment(), issue.version());
        support.signIn("agency");
        issue = issues.start(issue.id(), "Đã phân công chuyên viên", issue.version());
        issue = issues.answer(issue.id(), new Answer(AnswerKind.WRITTEN, "Sở đã rút ngắn thời gian cấp phép",
                "45/SXD-QLXD", support.clock.today()), issue.version());
        support.signIn("association");
        issue = issues.giveFeedback(issue.id(), new Feedback(true, 5, "Cảm ơn Sở", false), issue.version());
        support.signIn("investment");
        issue = issues.close(issue.id(), null, issue.version());

        assertThat(issue.state()).isEqualTo(IssueState.CLOSED);
        assertThat(issue.timeline()).extracting(TimelineEntry::action, TimelineEntry::toState).containsExactly(
                tuple(IssueAction.CREATE, IssueState.RECEIVED), tuple(IssueAction.CLASSIFY, IssueState.CLASSIFIED),
                tuple(IssueAction.ASSIGN, IssueState.ASSIGNED), tuple(IssueAction.START, IssueState.IN_PROGRESS),
                tuple(IssueAction.ANSWER, IssueState.ANSWERED), tuple(IssueAction.FEEDBACK_SATISFIED, IssueState.SATISFIED),
                tuple(IssueAction.CLOSE, IssueState.CLOSED));
        assertThat(issue.timeline()).extracting(TimelineEntry::actorName).containsSubsequence(
                "Nguyễn Thu Hà – Sở Tài chính (demo)", "Trần Minh Đức – Sở Xây dựng (demo)",
                "Lê Thị Hồng – Hiệp hội DN (demo)", "Nguyễn Thu Hà – Sở Tài chính (demo)");
        assertThat(issue.timeline()).extracting(TimelineEntry::at).isSorted();
        assertThat(issue.feedback()).singleElement().satisfies(f -> {
            assertThat(f.score()).isEqualTo(5);
            assertThat(f.onBehalf()).isFalse();
        });
        assertThat(issue.answer().documentNumber()).isEqualTo("45/SXD-QLXD");
        assertThat(issue.parties()).extracting(IssueParty::name, IssueParty::submitter).containsExactly(
                tuple("Công ty Cổ phần Xây dựng Hạ tầng Bạch Đằng Giang", true),
                tuple("Hiệp hội Doanh nghiệp thành phố Hải Phòng", true));
        assertThat(issue.pciSubIndexCodes()).isNotEmpty();
        assertThat(issue.dialogueIds()).containsExactly(support.dialogue);
        assertThat(issue.workingDaysLeft()).isNull();
        assertThat(issue.overdue()).isFalse();
    }

    @Test
    void anOfficerOfAnotherAgencyFindsNothingAndEveryCommandByIdSaysNotFound() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        support.signIn(OTHER_AGENCY_OFFICER);
        assertThat(issues.find(issue.id())).isEmpty();
        assertThat(issues.findByCode(issue.code())).isEmpty();
        List<Runnable> commands = List.of(
                () -> issues.answer(issue.id(), new Answer(AnswerKind.ON_SPOT, "x", null, null), issue.version()),
                () -> issues.contribute(issue.id(), "x"),
                () -> issues.requestExtension(issue.id(), issue.deadline().plusDays(30), "x"),
                () -> issues.start(issue.id(), null, issue.version()),
                () -> issues.classify(issue.id(), null, issue.version()),
                () -> issues.withdraw(issue.id(), null, 999));
        commands.forEach(command -> assertThatThrownBy(command::run).isInstanceOf(RecordNotFoundException.class));
        // The lead agency's own officer sees it and may answer.
        support.signIn("agency");
        assertThat(issues.find(issue.id())).hasValueSatisfying(i -> assertThat(i.allowedActions())
                .contains(IssueAction.ANSWER, IssueAction.REQUEST_EXTENSION).doesNotContain(IssueAction.EXTEND));
    }

    @Test
    void anAssociationRepresentativeSeesTheirAssociationsIssuesAndPublicOnesOnly() {
        IssueDetails own = issues.create(support.newIssue("Của hiệp hội " + UUID.randomUUID()));
        IssueDetails others = issues.create(withParties(support.newIssue("Của hội khác " + UUID.randomUUID()), false));
        IssueDetails publicOne = issues.create(withParties(support.newIssue("Công khai " + UUID.randomUUID()), true));
        support.signIn("association");
        assertThat(issues.find(own.id())).hasValueSatisfying(i -> assertThat(i.allowedActions()).contains(IssueAction.WITHDRAW));
        assertThat(issues.find(others.id())).isEmpty();
        // Another association's public issue: readable, and open to backing (associations' portal), nothing else.
        assertThat(issues.find(publicOne.id())).hasValueSatisfying(i -> assertThat(i.allowedActions())
                .containsExactly(IssueAction.BACK));
        assertRefusedAsNotAllowed(() -> issues.withdraw(publicOne.id(), null, publicOne.version()));
        assertThatThrownBy(() -> issues.withdraw(others.id(), null, others.version())).isInstanceOf(RecordNotFoundException.class);
        support.signIn(OTHER_ASSOCIATION_REP);
        assertThat(issues.find(own.id())).isEmpty();
        assertThat(issues.find(others.id())).isPresent();
    }

    private NewIssue withParties(NewIssue issue, boolean isPublic) {
        return new NewIssue(issue.title(), issue.content(), issue.channel(), issue.dialogueId(), issue.fieldId(),
                issue.priority(), List.of(), List.of(support.otherAssociation), issue.ddciComponentIds(), isPublic, null);
    }

    @Test
    void aDefaultDeadlineAssignedJustBeforeTetSkipsTheHolidaysAndCountsDownToOverdue() {
        clock.use(java.time.Clock.fixed(java.time.Instant.parse("2026-02-12T03:00:00Z"), IssueClock.ZONE));
        IssueDetails issue = issues.create(support.newIssue("Trước Tết " + UUID.randomUUID()));
        issue = issues.assign(issue.id(), support.assignment(), issue.version());
        // Field default 15 working days from Thursday 2026-02-12 (calendar_days.csv: Tết 16-20 February):
        // Fri 13 Feb (1); 14-22 Feb weekend, Tết and weekend; 23, 24, 25, 26, 27 Feb (2-6); 2-6 Mar (7-11);
        // 9, 10, 11, 12 Mar (12-15) → Thursday 2026-03-12.
        assertThat(issue.deadline()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(issue.assignedOn()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(issue.workingDaysLeft()).isEqualTo(15);
        assertThat(issue.overdue()).isFalse();
        assertThat(issue.timeline().getLast().newDeadline()).isEqualTo(LocalDate.of(2026, 3, 12));

        clock.use(java.time.Clock.fixed(java.time.Instant.parse("2026-03-13T03:00:00Z"), IssueClock.ZONE));
        IssueDetails late = issues.find(issue.id()).orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.workingDaysLeft()).isNegative();
        late = issues.answer(late.id(), new Answer(AnswerKind.ON_SPOT, "Trả lời muộn", null, null), late.version());
        assertThat(late.answeredOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(late.overdue()).as("answered after the deadline").isTrue();
        assertThat(late.workingDaysLeft()).isNull();
    }

    @Test
    void extendingEveryDeadlineByFiveWorkingDaysCrossesTetAndTheYearEnd() {
        clock.use(java.time.Clock.fixed(java.time.Instant.parse("2026-02-10T03:00:00Z"), IssueClock.ZONE));
        IssueDetails beforeTet = assignedWithDeadline(LocalDate.of(2026, 2, 12));
        List<IssueDetails> extended = issues.extendAll(Set.of(beforeTet.id()), 5, "Chờ ý kiến bộ");
        // Thursday 2026-02-12 + 5 working days: Fri 13 Feb (1); 14-22 Feb weekend, Tết 16-20, weekend;
        // Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5) → 2026-02-26.
        assertThat(extended).singleElement().satisfies(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(2026, 2, 26)));

        clock.use(java.time.Clock.fixed(java.time.Instant.parse("2026-12-22T03:00:00Z"), IssueClock.ZONE));
        IssueDetails yearEnd = assignedWithDeadline(LocalDate.of(2026, 12, 29));
        IssueDetails alsoYearEnd = assignedWithDeadline(LocalDate.of(2026, 12, 29));
        extended = issues.extendAll(Set.of(yearEnd.id(), alsoYearEnd.id()), 5, "Chờ ý kiến bộ");
        // Tuesday 2026-12-29 + 5: Wed 30 (1), Thu 31 (2); 1 Jan 2027 holiday, 2-3 Jan weekend; Mon 4 (3), Tue 5 (4),
        // Wed 6 (5) → 2027-01-06.
        assertThat(extended).extracting(IssueDetails::deadline).containsOnly(LocalDate.of(2027, 1, 6));
        assertThat(extended.getFirst().timeline().getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(IssueAction.EXTEND);
            assertThat(e.oldDeadline()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(e.newDeadline()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(e.note()).isEqualTo("Chờ ý kiến bộ");
        });
    }

    @Test
    void bulkExtensionIsAllOrNothing() {
        IssueDetails assigned = support.inState(IssueState.ASSIGNED);
        IssueDetails received = support.inState(IssueState.RECEIVED);
        assertRefusedAsNotAllowed(() -> issues.extendAll(Set.of(assigned.id(), received.id()), 3, "Gia hạn chung"));
        assertThat(issues.find(assigned.id()).orElseThrow().deadline()).isEqualTo(assigned.deadline());
        assertThat(issues.find(assigned.id()).orElseThrow().version()).isEqualTo(assigned.version());
    }

    @Test
    void bulkAssignmentAssignsEveryIssueOrNoneWhenOneLacksADdciComponent() {
        IssueDetails first = support.inState(IssueState.RECEIVED);
        IssueDetails second = support.inState(IssueState.CLASSIFIED);
        IssueDetails withoutDdci = issues.create(withoutDdci("Thiếu DDCI " + UUID.randomUUID()));
        assertThatThrownBy(() -> issues.assignAll(Set.of(first.id(), withoutDdci.id()), support.assignment()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .contains("issue.IssueService.bulkIssueRefused", "issue.IssueService.ddciRequired"));
        assertThat(issues.find(first.id()).orElseThrow().state()).isEqualTo(IssueState.RECEIVED);
        assertThat(issues.assignAll(Set.of(first.id(), second.id()), support.assignment()))
                .extracting(IssueDetails::state).containsOnly(IssueState.ASSIGNED);
    }

    private IssueDetails assignedWithDeadline(LocalDate deadline) {
        IssueDetails issue = issues.create(support.newIssue("Gia hạn " + UUID.randomUUID()));
        return issues.assign(issue.id(), new Assignment(support.leadAgency, Set.of(), deadline, null), issue.version());
    }

    private NewIssue withoutDdci(String title) {
        NewIssue issue = support.newIssue(title);
        return new NewIssue(title, issue.content(), issue.channel(), issue.dialogueId(), issue.fieldId(), issue.priority(),
                issue.enterpriseIds(), issue.associationIds(), Set.of(), false, null);
    }

    @Test
    void anExtensionIsRecordedWithTheOldAndNewDeadlineAndARequestChangesNothingButTheTimeline() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        LocalDate wanted = support.calendar.addWorkingDays(issue.deadline(), 10);
        support.signIn("agency");
        IssueDetails requested = issues.requestExtension(issue.id(), wanted, "Cần khảo sát hiện trường");
        assertThat(requested.deadline()).isEqualTo(issue.deadline());
        assertThat(requested.timeline().getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(IssueAction.REQUEST_EXTENSION);
            assertThat(e.oldDeadline()).isEqualTo(issue.deadline());
            assertThat(e.newDeadline()).isEqualTo(wanted);
            assertThat(e.agencyId()).isEqualTo(support.leadAgency);
        });
        assertThatThrownBy(() -> issues.extend(issue.id(), wanted, "x", requested.version()))
                .isInstanceOf(ValidationException.class);

        support.signIn("investment");
        assertThatThrownBy(() -> issues.extend(issue.id(), issue.deadline(), " ", requested.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(tuple("newDeadline", "issue.IssueService.deadlineNotLater"),
                                tuple("reason", "shared.validation.required")));
        IssueDetails extended = issues.extend(issue.id(), wanted, "Đồng ý gia hạn", requested.version());
        assertThat(extended.deadline()).isEqualTo(wanted);
        assertThat(extended.timeline().getLast()).extracting(TimelineEntry::action, TimelineEntry::oldDeadline,
                TimelineEntry::newDeadline, TimelineEntry::note)
                .containsExactly(IssueAction.EXTEND, issue.deadline(), wanted, "Đồng ý gia hạn");
    }

    @Test
    void ofTwoEditsFromTheSameVersionTheSecondIsRefusedAndTheFirstKept() {
        IssueDetails issue = support.inState(IssueState.CLASSIFIED);
        IssueEdit first = new IssueEdit("Bản sửa thứ nhất", issue.content(), issue.field().id(), IssuePriority.HIGH,
                issue.ddciComponentIds(), false, List.of(support.enterprise), List.of(support.association));
        IssueEdit second = new IssueEdit("Bản sửa thứ hai", issue.content(), issue.field().id(), IssuePriority.LOW,
                issue.ddciComponentIds(), false, List.of(support.enterprise), List.of(support.association));
        IssueDetails edited = issues.edit(issue.id(), first, issue.version());
        assertThat(edited.version()).isGreaterThan(issue.version());
        assertThatThrownBy(() -> issues.edit(issue.id(), second, issue.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> issues.assign(issue.id(), support.assignment(), issue.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        IssueDetails stored = issues.find(issue.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Bản sửa thứ nhất");
        assertThat(stored.priority()).isEqualTo(IssuePriority.HIGH);
        assertThat(stored.state()).isEqualTo(IssueState.CLASSIFIED);
    }

    @Test
    void codesAreNumberedPerYearOfReceiptInSequenceAndStayUniqueUnderConcurrentCreation() throws Exception {
        NewIssue template = support.newIssue("Mã số");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            NewIssue in2019 = new NewIssue("Mã số " + UUID.randomUUID(), template.content(), template.channel(),
                    template.dialogueId(), template.fieldId(), null, template.enterpriseIds(), template.associationIds(),
                    Set.of(), false, LocalDate.of(2019, 5, 2));
            String code = issues.create(in2019).code();
            assertThat(code).startsWith("KN-2019-");
            numbers.add(Integer.parseInt(code.substring(8)));
        }
        assertThat(numbers).containsExactly(numbers.get(0), numbers.get(0) + 1, numbers.get(0) + 2);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> {
                    TestLogins.signIn(context, "investment");
                    try {
                        return issues.create(support.newIssue("Song song " + UUID.randomUUID())).code();
                    } finally {
                        TestLogins.signOut();
                    }
                });
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                codes.add(future.get());
            }
            assertThat(codes).doesNotHaveDuplicates().hasSize(12);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyProblemOfANewIssueIsReportedTogetherAndNothingIsSaved() {
        long before = support.issueCount();
        NewIssue bad = new NewIssue(" ", null, IssueChannel.DIALOGUE, null, -1, null, List.of(), List.of(),
                Set.of(-5L), false, support.clock.today().plusDays(1));
        assertThatThrownBy(() -> issues.create(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("title", "shared.validation.required"),
                                tuple("content", "shared.validation.required"),
                                tuple("receivedOn", "issue.IssueService.receivedInFuture"),
                                tuple("fieldId", "issue.IssueService.unknownField"),
                                tuple("dialogueId", "shared.validation.required"),
                                tuple("enterpriseIds", "issue.IssueService.partyRequired"),
                                tuple("ddciComponentIds", "issue.IssueService.unknownDdciComponent")));
        NewIssue tooLong = new NewIssue("x".repeat(301), "Nội dung", IssueChannel.HOTLINE, null, support.fieldId, null,
                List.of(), List.of(), Set.of(), false, null);
        assertThatThrownBy(() -> issues.create(tooLong)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("title"));
        assertThat(support.issueCount()).isEqualTo(before);
    }

    @Test
    void aHotlineIssueNeedsNoPartyButADialogueIssueDoes() {
        IssueDetails hotline = issues.create(new NewIssue("Gọi đường dây nóng " + UUID.randomUUID(), "Nội dung",
                IssueChannel.HOTLINE, null, support.fieldId, IssuePriority.URGENT, List.of(), List.of(), Set.of(), false, null));
        assertThat(hotline.parties()).isEmpty();
        assertThat(hotline.priority()).isEqualTo(IssuePriority.URGENT);
        assertThat(hotline.state()).isEqualTo(IssueState.RECEIVED);
    }

    @Test
    void assignmentNeedsADdciComponentAnActiveLeadAndCoordinatorsOtherThanTheLead() {
        IssueDetails issue = issues.create(withoutDdci("Thiếu DDCI " + UUID.randomUUID()));
        long retired = context.getBean(vn.pcitracker.organization.AgencyService.class).findByCode("S-KHDT").orElseThrow().id();
        assertThatThrownBy(() -> issues.assign(issue.id(), new Assignment(retired, Set.of(retired), LocalDate.of(2020, 1, 1), null),
                issue.version())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("ddciComponentIds", "issue.IssueService.ddciRequired"),
                        tuple("leadAgencyId", "issue.IssueService.leadAgencyInactive"),
                        tuple("coordinatorAgencyIds", "issue.IssueService.coordinatorIsLead"),
                        tuple("coordinatorAgencyIds", "issue.IssueService.coordinatorInactive"),
                        tuple("deadline", "issue.IssueService.deadlineInPast")));
        assertThat(issues.find(issue.id()).orElseThrow().timeline()).hasSize(1);
    }

    @Test
    void onlyACentralAgencyReceivesAForwardedIssue() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        assertThatThrownBy(() -> issues.forward(issue.id(), support.otherAgency, support.clock.today(), null, issue.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("issue.IssueService.notCentralAgency"));
        IssueDetails forwarded = issues.forward(issue.id(), support.ministry, support.clock.today(), "Thuộc thẩm quyền Bộ", issue.version());
        assertThat(forwarded.forwardedToAgencyId()).isEqualTo(support.ministry);
        assertThat(forwarded.allowedActions()).contains(IssueAction.CLOSE).doesNotContain(IssueAction.ANSWER);
    }

    @Test
    void anUnsatisfiedVerdictReopensWithAFreshDeadlineAndOfficersMustMarkFeedbackAsOnBehalf() {
        IssueDetails answered = support.inState(IssueState.ANSWERED);
        assertThatThrownBy(() -> issues.giveFeedback(answered.id(), new Feedback(false, 9, null, false), answered.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactlyInAnyOrder("score", "onBehalf"));
        support.signIn("association");
        assertThatThrownBy(() -> issues.giveFeedback(answered.id(), new Feedback(false, 2, null, true), answered.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .containsExactly("issue.IssueService.onBehalfOnlyForOfficers"));
        IssueDetails reopened = issues.giveFeedback(answered.id(), new Feedback(false, 2, "Chưa giải quyết dứt điểm", false),
                answered.version());
        assertThat(reopened.state()).isEqualTo(IssueState.REOPENED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        LocalDate expected = support.calendar.addWorkingDays(clock.today(), reopened.field().defaultDeadlineDays());
        assertThat(reopened.deadline()).isEqualTo(expected);
        assertThat(reopened.timeline().getLast().newDeadline()).isEqualTo(expected);
        assertThat(reopened.feedback()).singleElement().satisfies(f -> assertThat(f.satisfied()).isFalse());
        assertThat(support.jdbc.queryForObject("SELECT association_id FROM issue_feedback WHERE issue_id = ?", Long.class,
                answered.id())).isEqualTo(support.association);
    }

    @Test
    void carryingOverToAnotherDialogueIsRecordedOnce() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        IssueDetails carried = issues.carryOver(issue.id(), support.laterDialogue);
        IssueDetails again = issues.carryOver(issue.id(), support.laterDialogue);
        assertThat(again.dialogueIds()).containsExactly(support.dialogue, support.laterDialogue);
        assertThat(again.timeline()).filteredOn(e -> e.action() == IssueAction.CARRY_OVER).hasSize(1);
        assertThat(again.version()).isEqualTo(carried.version());
    }

    @Test
    void onlyInvestmentOfficersCreateOrActInBulk() {
        support.signIn("agency");
        assertThatThrownBy(() -> issues.create(support.newIssue("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.extendAll(Set.of(1L), 1, "x")).isInstanceOf(AccessDeniedException.class);
        TestLogins.signOut();
        assertThatThrownBy(() -> issues.find(1L)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}

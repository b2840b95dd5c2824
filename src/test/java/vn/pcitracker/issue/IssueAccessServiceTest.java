package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcitracker.issue.IssueTestSupport.OTHER_AGENCY_OFFICER;
import static vn.pcitracker.issue.IssueTestSupport.OTHER_ASSOCIATION_REP;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;

/**
 * Object-level authorisation of every issue-module method that takes an issue's id: an officer of an agency that
 * neither leads nor coordinates the issue, and the representative of an association that is not a party of it
 * (the issue is not public), call it with the real id and get nothing: "not found" for commands and reads by id,
 * an empty result for batch reads, refusal for methods their role may not call at all. The lead agency's officer
 * and the submitting association's representative, for contrast, do see the issue.
 */
@SpringBootTest
class IssueAccessServiceTest {

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired IssueQueryService queries;
    @Autowired IssueDashboardFigures figures;
    @Autowired IssueMeasures measures;

    @BeforeEach
    void setUp() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    /** Each method taking an issue's id, called with a stale version as well (the id is checked first). */
    static Stream<Arguments> commandsById() {
        Map<String, Function<IssueDetails, Object>> commands = Map.ofEntries(
                Map.entry("find", i -> service().find(i.id())),
                Map.entry("back", i -> service().back(i.id(), List.of())),
                Map.entry("edit", i -> service().edit(i.id(), new IssueEdit("x", "x", i.field().id(), null,
                        i.ddciComponentIds(), false, List.of(), List.of()), i.version())),
                Map.entry("classify", i -> service().classify(i.id(), null, i.version())),
                Map.entry("assign", i -> service().assign(i.id(), support.assignment(), i.version())),
                Map.entry("start", i -> service().start(i.id(), null, i.version())),
                Map.entry("contribute", i -> service().contribute(i.id(), "x")),
                Map.entry("answer", i -> service().answer(i.id(), new Answer(AnswerKind.ON_SPOT, "x", null, null), i.version())),
                Map.entry("giveFeedback", i -> service().giveFeedback(i.id(), new Feedback(true, 5, "x", false), i.version())),
                Map.entry("close", i -> service().close(i.id(), null, i.version())),
                Map.entry("resume", i -> service().resume(i.id(), null, i.version())),
                Map.entry("forward", i -> service().forward(i.id(), support.ministry, LocalDate.now(), "x", i.version())),
                Map.entry("reject", i -> service().reject(i.id(), "x", i.version())),
                Map.entry("withdraw", i -> service().withdraw(i.id(), null, i.version())),
                Map.entry("requestExtension", i -> service().requestExtension(i.id(), i.deadline().plusDays(30), "x")),
                Map.entry("extend", i -> service().extend(i.id(), i.deadline().plusDays(30), "x", i.version())),
                Map.entry("carryOver", i -> service().carryOver(i.id(), support.laterDialogue)));
        return Stream.of(OTHER_AGENCY_OFFICER, OTHER_ASSOCIATION_REP).flatMap(user -> commands.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(command -> Arguments.of(user, command.getKey(), command.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandsById")
    void aUserOfAnotherAgencyOrAssociationGetsNothingFromAnIssuesId(String user, String method,
                                                                   Function<IssueDetails, Object> command) {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        String before = timeline(issue.id());
        support.signIn(user);

        if (method.equals("find")) {
            assertThat(issues.find(issue.id())).isEmpty();
        } else {
            assertThatThrownBy(() -> command.apply(issue)).isInstanceOf(RecordNotFoundException.class);
        }

        assertThat(timeline(issue.id())).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void theLeadAgencyAndTheSubmittingAssociationDoSeeTheSameIssue() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);

        support.signIn("agency");
        assertThat(issues.find(issue.id())).isPresent();
        support.signIn("association");
        assertThat(issues.find(issue.id())).isPresent();
    }

    @Test
    void findingByCodeAndExportDetailsGiveOthersNothing() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);

        for (String user : List.of(OTHER_AGENCY_OFFICER, OTHER_ASSOCIATION_REP)) {
            support.signIn(user);
            assertThat(issues.findByCode(issue.code())).as(user).isEmpty();
            assertThat(queries.exportDetails(List.of(issue.id()))).as(user).isEmpty();
        }
    }

    @Test
    void batchCommandsAndAudienceReadsAreRefusedToAgencyOfficersAndRepresentatives() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);

        for (String user : List.of(OTHER_AGENCY_OFFICER, OTHER_ASSOCIATION_REP)) {
            support.signIn(user);
            assertThatThrownBy(() -> issues.assignAll(Set.of(issue.id()), support.assignment()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> issues.extendAll(Set.of(issue.id()), 5, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> issues.find(issue.id(), IssueAudience.everything()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAgencyOfficerAskingForAnotherAgencysFiguresGetsTheirOwnAndARepresentativeNone() {
        LocalDate to = LocalDate.now();
        FigureScope others = new FigureScope(to.minusYears(1), to, support.leadAgency);

        support.signIn(OTHER_AGENCY_OFFICER);
        assertThat(figures.authorised(others).agencyId()).isEqualTo(support.otherAgency);
        assertThat(measures.onTimeRate(to.minusYears(1), to, support.leadAgency))
                .isEqualTo(measures.onTimeRate(to.minusYears(1), to, support.otherAgency));

        support.signIn(OTHER_ASSOCIATION_REP);
        assertThatThrownBy(() -> figures.kpis(others)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.onTimeRate(to.minusYears(1), to, support.leadAgency))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static IssueService service() {
        return support.issues;
    }

    private String timeline(long id) {
        return support.jdbc.queryForObject("SELECT count(*) || '/' || (SELECT version FROM issue WHERE id = ?) "
                + "FROM issue_event WHERE issue_id = ?", String.class, id, id);
    }
}

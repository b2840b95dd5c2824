package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcitracker.licensing.bottleneck.BottleneckTestSupport.OTHER_AGENCY_OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Object-level authorisation of every bottleneck method that takes a bottleneck's id: an officer of an agency
 * neither concerned nor owner of the fix, and an association representative (the bottleneck is not public), call
 * it with the real id and get nothing: not found, and nothing recorded in its history.
 */
@SpringBootTest
class BottleneckAccessServiceTest {

    private static BottleneckTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired BottleneckService bottlenecks;
    @Autowired BottleneckDashboardFigures figures;

    @BeforeEach
    void setUp() {
        if (support == null) {
            support = new BottleneckTestSupport(context);
        }
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    static Stream<Arguments> commandsById() {
        Map<String, Function<BottleneckDetails, Object>> commands = Map.of(
                "edit", b -> support.bottlenecks.edit(b.id(), support.form(b.procedure().id(), false), b.version()),
                "addEvidence", b -> support.bottlenecks.addEvidence(b.id(), new EvidenceForm(EvidencePhase.BEFORE_FIX,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 10, 5, 5, 1, BigDecimal.TEN, null)),
                "linkIssue", b -> support.bottlenecks.linkIssue(b.id(), Long.MAX_VALUE),
                "move", b -> support.bottlenecks.move(b.id(), BottleneckAction.START_ANALYSIS, null, b.version()),
                "verify", b -> support.bottlenecks.verify(b.id(), BigDecimal.ONE, null, b.version()),
                "drop", b -> support.bottlenecks.drop(b.id(), "x", b.version()));
        return Stream.of(OTHER_AGENCY_OFFICER, "association").flatMap(user -> commands.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(command -> Arguments.of(user, command.getKey(), command.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandsById")
    void aUserOfAnotherAgencyOrAnAssociationGetsNothingFromABottlenecksId(String user, String method,
                                                                         Function<BottleneckDetails, Object> command) {
        BottleneckDetails bottleneck = support.created(false);
        String before = history(bottleneck.id());
        support.signIn(user);

        assertThatThrownBy(() -> command.apply(bottleneck)).isInstanceOf(RecordNotFoundException.class);

        assertThat(history(bottleneck.id())).isEqualTo(before);
    }

    @Test
    void readsByIdShowOthersNothingAndCreatingFromAnIssueIsRefusedThem() {
        BottleneckDetails bottleneck = support.created(false);
        long issue = support.jdbc.queryForObject("SELECT min(id) FROM issue", Long.class);
        support.jdbc.update("INSERT INTO bottleneck_issue (bottleneck_id, issue_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                bottleneck.id(), issue);

        for (String user : List.of(OTHER_AGENCY_OFFICER, "association")) {
            support.signIn(user);
            assertThat(bottlenecks.find(bottleneck.id())).as(user).isEmpty();
            assertThat(bottlenecks.linkedToIssue(issue)).as(user).extracting(BottleneckRef::id).doesNotContain(bottleneck.id());
            assertThatThrownBy(() -> bottlenecks.createFromIssue(issue, support.form(bottleneck.procedure().id(), false)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        support.signIn("agency");
        assertThat(bottlenecks.find(bottleneck.id())).as("the concerned agency's officer sees it").isPresent();
    }

    @Test
    void anOfficerAskingForAnotherAgencysBottleneckFiguresGetsNoneOfItsBottlenecks() {
        BottleneckDetails bottleneck = support.created(false);
        LocalDate today = LocalDate.now();

        support.signIn(OTHER_AGENCY_OFFICER);
        assertThat(figures.movedIn(today.minusDays(1), today.plusDays(1), support.agency))
                .extracting(BottleneckMove::bottleneckId).doesNotContain(bottleneck.id());
        support.signIn("agency");
        assertThat(figures.movedIn(today.minusDays(1), today.plusDays(1), support.agency))
                .extracting(BottleneckMove::bottleneckId).contains(bottleneck.id());
    }

    private String history(long id) {
        return support.jdbc.queryForObject("SELECT b.version || '/' || (SELECT count(*) FROM bottleneck_event e "
                + "WHERE e.bottleneck_id = b.id) || '/' || (SELECT count(*) FROM bottleneck_evidence v "
                + "WHERE v.bottleneck_id = b.id) FROM bottleneck b WHERE b.id = ?", String.class, id);
    }
}

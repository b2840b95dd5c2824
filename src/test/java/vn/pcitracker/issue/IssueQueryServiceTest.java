package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/**
 * The inbox queries against rows of their own: every test's rows carry a unique marker word in the title (or a
 * field of their own), and every search is narrowed by it, so other tests' issues never show.
 */
@SpringBootTest
class IssueQueryServiceTest {

    @Autowired IssueQueryService queries;
    @Autowired WorkingDayCalendar calendar;
    @Autowired IssueClock today;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private IssueQueryTestRows rows;
    private String marker;
    private long construction;
    private long finance;
    private long association;
    private long field;
    private long otherField;
    private long pciX;
    private String pciXCode;
    private long componentX;
    private long componentY;
    private long dialogue;

    private long a;
    private long b;
    private long c;
    private long d;
    private long e;

    @BeforeEach
    void fixture() {
        rows = new IssueQueryTestRows(jdbc);
        marker = IssueQueryTestRows.marker();
        construction = rows.idOf("agency", "S-XD");
        finance = rows.idOf("agency", "S-TC");
        association = rows.idOf("association", "HHDN-HP");
        field = rows.field();
        otherField = rows.field();
        List<Map<String, Object>> subIndices = jdbc.queryForList("SELECT id, code FROM pci_sub_index ORDER BY number LIMIT 2");
        pciX = ((Number) subIndices.get(0).get("id")).longValue();
        pciXCode = (String) subIndices.get(0).get("code");
        componentX = rows.ddciComponent(pciX);
        componentY = rows.ddciComponent(((Number) subIndices.get(1).get("id")).longValue());
        dialogue = rows.dialogue(construction);

        // A: led by construction, overdue since 2020, raised in the dialogue, DDCI component X.
        a = rows.issue(field, "Tranh chấp đất đai " + marker).state(IssueState.ASSIGNED).lead(construction)
                .assigned(LocalDate.of(2020, 5, 4)).deadline(LocalDate.of(2020, 6, 1)).received(LocalDate.of(2099, 1, 5))
                .channel(IssueChannel.DIALOGUE).dialogue(dialogue).priority(IssuePriority.URGENT).insert();
        rows.ddci(a, componentX);
        // B: led by finance with construction coordinating, due in 2199, carried over into the dialogue.
        b = rows.issue(field, "Thuế đất " + marker).state(IssueState.IN_PROGRESS).lead(finance)
                .assigned(LocalDate.of(2099, 2, 11)).deadline(LocalDate.of(2199, 1, 1)).received(LocalDate.of(2099, 2, 10))
                .priority(IssuePriority.LOW).insert();
        rows.coordinator(b, construction);
        rows.ddci(b, componentY);
        rows.carriedInto(b, dialogue);
        // C: answered late by finance, public, another field.
        c = rows.issue(otherField, "Giảm 50% phí " + marker).state(IssueState.ANSWERED).lead(finance)
                .assigned(LocalDate.of(2020, 5, 4)).deadline(LocalDate.of(2020, 6, 1)).answered(LocalDate.of(2020, 7, 1))
                .received(LocalDate.of(2099, 3, 15)).channel(IssueChannel.EMAIL).publicly().insert();
        // D: just received, submitted by the association, another field.
        d = rows.issue(otherField, "Giảm 50 phí " + marker).received(LocalDate.of(2099, 3, 20))
                .channel(IssueChannel.EMAIL).priority(IssuePriority.HIGH).insert();
        rows.association(d, association);
        // E: closed, answered on time by construction; received the same day as A.
        e = rows.issue(field, "Cấp phép xây dựng " + marker).state(IssueState.CLOSED).lead(construction)
                .assigned(LocalDate.of(2020, 4, 1)).deadline(LocalDate.of(2020, 6, 1)).answered(LocalDate.of(2020, 5, 1))
                .received(LocalDate.of(2099, 1, 5)).insert();
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
        today.reset();
    }

    @Test
    void investmentOfficersAndLeadersSeeEveryIssue() {
        for (String username : List.of("investment", "leader", "admin")) {
            TestLogins.signIn(context, username);

            assertThat(ids(mine())).as(username).containsExactlyInAnyOrder(a, b, c, d, e);
            assertThat(queries.count(mine())).as(username).isEqualTo(5);
        }
    }

    @Test
    void anAgencyOfficerSeesOnlyIssuesTheirAgencyLeadsOrCoordinates() {
        TestLogins.signIn(context, "agency");

        assertThat(ids(mine())).containsExactlyInAnyOrder(a, b, e);
        assertThat(queries.count(mine())).isEqualTo(3);
        assertThat(ids(filter(null, finance, null, null, null, null, null, null, null, null)))
                .as("filtering by another agency cannot widen what they see").containsExactly(b);
        assertThat(queries.count(filter(null, finance, null, null, null, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void anAssociationRepresentativeSeesTheirAssociationsIssuesAndPublicOnes() {
        TestLogins.signIn(context, "association");

        assertThat(ids(mine())).containsExactlyInAnyOrder(c, d);
        assertThat(queries.count(mine())).isEqualTo(2);
    }

    @Test
    void aRoleWithoutItsAgencyOrAssociationAccountSeesNothing() {
        for (Role role : List.of(Role.AGENCY_OFFICER, Role.ASSOCIATION_REP)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "someone", null, List.of(new SimpleGrantedAuthority(role.authority()))));

            assertThat(queries.search(mine(), IssueSort.NEWEST, 0, 50)).as(role.name()).isEmpty();
            assertThat(queries.count(mine())).as(role.name()).isZero();
        }
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> queries.count(mine())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void textSearchIgnoresCaseAndVietnameseDiacritics() {
        TestLogins.signIn(context, "investment");

        assertThat(ids(inField(field, "dat dai"))).containsExactly(a);
        assertThat(ids(inField(field, "TRANH CHẤP Đất"))).containsExactly(a);
        assertThat(ids(inField(field, "  thue dat "))).containsExactly(b);
        assertThat(ids(inField(field, "xay dung dat"))).isEmpty();
    }

    @Test
    void textSearchTakesPercentAndUnderscoreLiterally() {
        TestLogins.signIn(context, "investment");

        assertThat(ids(inField(otherField, "m 50"))).containsExactlyInAnyOrder(c, d);
        assertThat(ids(inField(otherField, "50%"))).containsExactly(c);
        assertThat(ids(inField(otherField, "50_"))).isEmpty();
        assertThat(ids(inField(otherField, "0% p"))).containsExactly(c);
    }

    @Test
    void aTextShorterThanThreeCharactersIsNotApplied() {
        TestLogins.signIn(context, "investment");

        assertThat(ids(inField(otherField, "%"))).containsExactlyInAnyOrder(c, d);
        assertThat(ids(inField(otherField, " zq "))).containsExactlyInAnyOrder(c, d);
        assertThat(queries.count(inField(otherField, "zq"))).isEqualTo(2);
        assertThat(ids(inField(otherField, "zqx"))).isEmpty();
    }

    @Test
    void eachFilterNarrowsTheInbox() {
        TestLogins.signIn(context, "investment");

        assertThat(ids(filter(Set.of(IssueState.ASSIGNED, IssueState.IN_PROGRESS), null, null, null, null,
                null, null, null, null, null))).as("states").containsExactlyInAnyOrder(a, b);
        assertThat(ids(filter(null, finance, null, null, null, null, null, null, null, null)))
                .as("agency as lead or coordinator").containsExactlyInAnyOrder(b, c);
        assertThat(ids(filter(null, construction, null, null, null, null, null, null, null, null)))
                .as("agency as lead or coordinator").containsExactlyInAnyOrder(a, b, e);
        assertThat(queries.count(filter(null, construction, null, null, null, null, null, null, null, null)))
                .as("counted as led plus only coordinated").isEqualTo(3);
        assertThat(ids(filter(null, null, otherField, null, null, null, null, null, null, null)))
                .as("field").containsExactlyInAnyOrder(c, d);
        assertThat(ids(filter(null, null, null, componentY, null, null, null, null, null, null)))
                .as("DDCI component").containsExactly(b);
        assertThat(ids(filter(null, null, null, null, pciXCode, null, null, null, null, null)))
                .as("PCI sub-index through the DDCI mapping").containsExactly(a);
        assertThat(ids(filter(null, null, null, null, null, true, null, null, null, null)))
                .as("overdue: awaiting an answer past the deadline").containsExactly(a);
        assertThat(ids(filter(null, null, null, null, null, false, null, null, null, null)))
                .as("not overdue").containsExactlyInAnyOrder(b, c, d, e);
        assertThat(ids(filter(null, null, null, null, null, null, LocalDate.of(2099, 2, 10),
                LocalDate.of(2099, 3, 15), null, null))).as("received from/to, both included").containsExactlyInAnyOrder(b, c);
        assertThat(ids(filter(null, null, null, null, null, null, null, null, IssueChannel.EMAIL, null)))
                .as("channel").containsExactlyInAnyOrder(c, d);
        assertThat(ids(filter(null, null, null, null, null, null, null, null, null, dialogue)))
                .as("raised in or carried over into the dialogue").containsExactlyInAnyOrder(a, b);
    }

    @Test
    void filtersCombineWithAnd() {
        TestLogins.signIn(context, "investment");
        IssueFilter combined = filter(Set.of(IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.CLOSED),
                construction, field, null, null, false, LocalDate.of(2099, 1, 1), null, null, null);

        assertThat(ids(combined)).containsExactlyInAnyOrder(b, e);
        assertThat(queries.count(combined)).isEqualTo(2);
    }

    @Test
    void eachRowTellsTheWorkingDaysLeftWhileAnAnswerIsAwaitedAndWhetherItIsOverdue() {
        TestLogins.signIn(context, "investment");
        LocalDate now = today.today();

        Map<Long, IssueListItem> items = new java.util.HashMap<>();
        queries.search(mine(), IssueSort.NEWEST, 0, 50).forEach(item -> items.put(item.id(), item));

        assertThat(items.get(a).workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(now, LocalDate.of(2020, 6, 1))).isNegative();
        assertThat(items.get(a).overdue()).isTrue();
        assertThat(items.get(b).workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(now, LocalDate.of(2199, 1, 1))).isPositive();
        assertThat(items.get(b).overdue()).isFalse();
        assertThat(items.get(c).workingDaysLeft()).as("answered: no deadline runs").isNull();
        assertThat(items.get(c).overdue()).as("answered after the deadline").isTrue();
        assertThat(items.get(d).workingDaysLeft()).isNull();
        assertThat(items.get(d).overdue()).isFalse();
        assertThat(items.get(e).overdue()).as("answered on time").isFalse();
        assertThat(items.get(a)).extracting(IssueListItem::title, IssueListItem::state, IssueListItem::priority,
                IssueListItem::fieldId, IssueListItem::leadAgencyId, IssueListItem::channel, IssueListItem::receivedOn)
                .containsExactly("Tranh chấp đất đai " + marker, IssueState.ASSIGNED, IssuePriority.URGENT, field,
                        construction, IssueChannel.DIALOGUE, LocalDate.of(2099, 1, 5));
        assertThat(items.get(d).leadAgencyId()).isNull();
    }

    @Test
    void overdueFollowsTheInjectedToday() {
        TestLogins.signIn(context, "investment");
        today.use(java.time.Clock.fixed(LocalDate.of(2199, 1, 2).atStartOfDay(IssueClock.ZONE).toInstant(), IssueClock.ZONE));

        assertThat(ids(filter(null, null, null, null, null, true, null, null, null, null)))
                .containsExactlyInAnyOrder(a, b);
        IssueListItem itemB = queries.search(filter(Set.of(IssueState.IN_PROGRESS), null, null, null, null,
                null, null, null, null, null), IssueSort.NEWEST, 0, 10).getFirst();
        assertThat(itemB.workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(LocalDate.of(2199, 1, 2), LocalDate.of(2199, 1, 1)));
    }

    @Test
    void everyOrderIsStableSoPagesNeverOverlapAndCountMatchesThePagedRows() {
        TestLogins.signIn(context, "investment");
        // 20 more rows with many equal sort keys, so that only the id decides between them.
        IssueState[] states = {IssueState.RECEIVED, IssueState.ASSIGNED, IssueState.CLOSED};
        IssuePriority[] priorities = {IssuePriority.LOW, IssuePriority.URGENT};
        for (int i = 0; i < 20; i++) {
            IssueState state = states[i % 3];
            IssueQueryTestRows.Issue issue = rows.issue(field, "Trang " + (i % 4) + " " + marker).state(state)
                    .priority(priorities[i % 2]).received(LocalDate.of(2099, 5, 1 + i % 3));
            if (state != IssueState.RECEIVED) {
                issue.lead(construction).deadline(LocalDate.of(2099, 6, 1 + i % 2));
            }
            issue.insert();
        }
        long total = queries.count(mine());
        assertThat(total).isEqualTo(25);

        for (IssueSort sort : IssueSort.values()) {
            List<IssueListItem> paged = new ArrayList<>();
            for (int offset = 0; offset < total + 4; offset += 4) {
                paged.addAll(queries.search(mine(), sort, offset, 4));
            }
            List<IssueListItem> all = queries.search(mine(), sort, 0, 100);

            assertThat(paged).as(sort.name()).hasSize((int) total).doesNotHaveDuplicates().isEqualTo(all);
            assertThat(paged).as(sort.name()).isSortedAccordingTo(order(sort));
        }
    }

    @Test
    void anAgencyOfficersPagesMergeTheIssuesItLeadsAndCoordinatesInEveryOrder() {
        TestLogins.signIn(context, "agency");
        // Construction (the officer's agency) leads some, coordinates others led by finance; finance alone is unseen.
        for (int i = 0; i < 18; i++) {
            IssueQueryTestRows.Issue issue = rows.issue(field, "Gộp " + (i % 5) + " " + marker)
                    .state(i % 2 == 0 ? IssueState.ASSIGNED : IssueState.IN_PROGRESS)
                    .priority(i % 3 == 0 ? IssuePriority.URGENT : IssuePriority.LOW)
                    .received(LocalDate.of(2099, 4, 1 + i % 4)).deadline(LocalDate.of(2099, 7, 1 + i % 3))
                    .lead(i % 3 == 0 ? construction : finance);
            long id = issue.insert();
            if (i % 3 == 1) {
                rows.coordinator(id, construction);
            }
        }
        long total = queries.count(mine());
        assertThat(total).as("A, B, E and 6 led plus 6 coordinated").isEqualTo(15);

        for (IssueSort sort : IssueSort.values()) {
            List<IssueListItem> byOffset = new ArrayList<>();
            List<IssueListItem> byKey = new ArrayList<>();
            for (int offset = 0; offset < total + 4; offset += 4) {
                byOffset.addAll(queries.search(mine(), sort, offset, 4));
                byKey.addAll(queries.search(mine(), sort, byKey.isEmpty() ? null : byKey.getLast(), 0, 4));
            }

            assertThat(byOffset).as(sort.name()).hasSize((int) total).doesNotHaveDuplicates()
                    .isSortedAccordingTo(order(sort)).isEqualTo(byKey);
        }
    }

    @Test
    void deepPagesAreRefusedWithAClearMessage() {
        TestLogins.signIn(context, "investment");

        assertThatThrownBy(() -> queries.search(mine(), IssueSort.NEWEST, 100_001, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThat(queries.search(mine(), IssueSort.NEWEST, 100_000, 10)).isEmpty();
    }

    @Test
    void theDatabaseRanksStatesInWorkflowOrderAndPrioritiesMostUrgentFirst() {
        for (IssueState state : IssueState.values()) {
            assertThat(jdbc.queryForObject("SELECT issue_state_rank(?)", Integer.class, state.name())).isEqualTo(state.ordinal());
        }
        for (IssuePriority priority : IssuePriority.values()) {
            assertThat(jdbc.queryForObject("SELECT issue_priority_rank(?)", Integer.class, priority.name()))
                    .isEqualTo(IssuePriority.values().length - 1 - priority.ordinal());
        }
    }

    private static Comparator<IssueListItem> order(IssueSort sort) {
        Comparator<IssueListItem> byId = Comparator.comparingLong(IssueListItem::id);
        return switch (sort) {
            case NEWEST -> Comparator.comparing(IssueListItem::receivedOn).thenComparing(byId).reversed();
            case OLDEST -> Comparator.comparing(IssueListItem::receivedOn).thenComparing(byId);
            case DEADLINE_SOONEST -> Comparator.comparing(IssueListItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byId);
            case CODE -> Comparator.comparing(IssueListItem::code).thenComparing(byId);
            // Titles differ only in ASCII digits after a shared prefix, so any collation orders them alike.
            case TITLE -> Comparator.comparing(IssueListItem::title).thenComparing(byId);
            case STATE -> Comparator.comparing(IssueListItem::state).thenComparing(byId);
            case PRIORITY -> Comparator.comparing(IssueListItem::priority, Comparator.reverseOrder()).thenComparing(byId);
        };
    }

    private IssueFilter mine() {
        return new IssueFilter(marker, Set.of(), null, null, null, null, null, null, null, null, null);
    }

    private IssueFilter inField(long fieldId, String text) {
        return new IssueFilter(text, Set.of(), null, fieldId, null, null, null, null, null, null, null);
    }

    private IssueFilter filter(Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId, String pci,
                               Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel, Long dialogueId) {
        return new IssueFilter(marker, states, agencyId, fieldId, ddciComponentId, pci, overdue, from, to, channel, dialogueId);
    }

    private List<Long> ids(IssueFilter filter) {
        List<Long> ids = queries.search(filter, IssueSort.NEWEST, 0, 100).stream().map(IssueListItem::id).toList();
        assertThat(queries.count(filter)).as("count of the same filter").isEqualTo(ids.size());
        return ids;
    }
}

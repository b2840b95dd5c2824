package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.pcitracker.security.TestLogins;

/**
 * {@link IssueQueryService#stream}, which exports use: over 2,500 issues of its own with few distinct sort keys (five
 * received dates, four titles, three deadlines or none, a handful of states and priorities), read 97 rows a page,
 * so that most page boundaries fall between rows with equal keys. The stream must give exactly the grid's rows (the
 * OFFSET pages of {@link IssueQueryService#search}) in the grid's order.
 */
@SpringBootTest
class IssueQueryServiceStreamTest {

    private static final int ISSUES = 2_500;
    private static final int PAGE = 97;

    @Autowired IssueQueryService queries;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private String marker;
    private long construction;
    private long finance;

    @BeforeEach
    void manyIssuesWithEqualSortKeys() {
        IssueQueryTestRows rows = new IssueQueryTestRows(jdbc);
        marker = IssueQueryTestRows.marker();
        construction = rows.idOf("agency", "S-XD");
        finance = rows.idOf("agency", "S-TC");
        long field = rows.field();
        String codes = "KN-" + IssueQueryTestRows.unique().substring(0, 7) + "-";
        IssueState[] states = {IssueState.ASSIGNED, IssueState.ANSWERED, IssueState.CLOSED, IssueState.IN_PROGRESS};
        IssuePriority[] priorities = IssuePriority.values();
        List<Object[]> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            boolean received = i % 5 == 0;
            issues.add(new Object[] {codes + "%04d".formatted((i * 7919) % ISSUES), "Trang " + (i % 4) + " " + marker,
                    (received ? IssueState.RECEIVED : states[i % 4]).name(), priorities[i % 4].name(), field,
                    received ? null : (i % 2 == 0 ? construction : finance), LocalDate.of(2099, 7, 1 + i % 5),
                    received ? null : LocalDate.of(2099, 8, 1 + i % 3)});
        }
        jdbc.batchUpdate("""
                INSERT INTO issue (code, title, content, channel, state, priority, field_id, lead_agency_id, received_on,
                                   deadline)
                VALUES (?, ?, 'Nội dung', 'HOTLINE', ?, ?, ?, ?, ?, ?)""", issues);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void everyOrderStreamsExactlyTheGridsRowsAcrossPageBoundariesBetweenEqualKeys() {
        TestLogins.signIn(context, "investment");

        for (IssueSort sort : IssueSort.values()) {
            List<IssueListItem> grid = gridRows(mine(), sort);
            List<IssueListItem> streamed = streamed(mine(), sort);

            assertThat(grid).as(sort.name()).hasSize(ISSUES);
            assertThat(streamed).as(sort.name()).hasSize(ISSUES).doesNotHaveDuplicates().isEqualTo(grid);
        }
    }

    @Test
    void pagesReadAfterARowOfThePreviousPageSkippingSomeAreTheOffsetPagesInEveryOrder() {
        TestLogins.signIn(context, "investment");

        for (IssueSort sort : IssueSort.values()) {
            List<IssueListItem> grid = gridRows(mine(), sort);
            List<IssueListItem> byKey = new ArrayList<>();
            IssueListItem last = null;
            for (List<IssueListItem> page; !(page = queries.search(mine(), sort, last, 0, PAGE)).isEmpty(); ) {
                byKey.addAll(page);
                last = page.getLast();
            }
            assertThat(byKey).as(sort.name()).isEqualTo(grid);
            // A jump: 30 rows skipped after row 999 are rows 1,030 on.
            assertThat(queries.search(mine(), sort, grid.get(999), 30, 20)).as(sort.name())
                    .isEqualTo(grid.subList(1_030, 1_050));
        }
    }

    @Test
    void aRowOfAnotherAgencyGivenAsTheKeyShowsAnAgencyOfficerNothingMore() {
        TestLogins.signIn(context, "investment");
        IssueListItem financeRow = gridRows(mine(), IssueSort.NEWEST).stream()
                .filter(item -> Long.valueOf(finance).equals(item.leadAgencyId())).findFirst().orElseThrow();
        TestLogins.signIn(context, "agency");

        assertThat(queries.search(mine(), IssueSort.NEWEST, financeRow, 0, IssueQueryService.MAX_PAGE_SIZE))
                .isNotEmpty().allSatisfy(item -> assertThat(item.leadAgencyId()).isEqualTo(construction));
    }

    @Test
    void anAgencyOfficerStreamsOnlyTheIssuesTheirAgencyLeads() {
        TestLogins.signIn(context, "agency");

        List<IssueListItem> streamed = streamed(mine(), IssueSort.DEADLINE_SOONEST);

        assertThat(streamed).isEqualTo(gridRows(mine(), IssueSort.DEADLINE_SOONEST)).hasSize(ISSUES * 2 / 5)
                .allSatisfy(item -> assertThat(item.leadAgencyId()).isEqualTo(construction));
    }

    @Test
    void theFilterNarrowsTheStreamAsItNarrowsTheGrid() {
        TestLogins.signIn(context, "leader");
        IssueFilter answeredByFinance = new IssueFilter(marker, Set.of(IssueState.ANSWERED), finance,
                null, null, null, null, null, null, null, null);

        List<IssueListItem> streamed = streamed(answeredByFinance, IssueSort.TITLE);

        assertThat(streamed).hasSize(500).isEqualTo(gridRows(answeredByFinance, IssueSort.TITLE)).allSatisfy(item -> {
            assertThat(item.leadAgencyId()).isEqualTo(finance);
            assertThat(item.state()).isEqualTo(IssueState.ANSWERED);
        });
    }

    @Test
    void nobodySignedInIsRefusedAndPageSizesAreBounded() {
        assertThatThrownBy(() -> queries.stream(mine(), IssueSort.NEWEST, PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestLogins.signIn(context, "investment");
        assertThatThrownBy(() -> queries.stream(mine(), IssueSort.NEWEST, IssueQueryService.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<IssueListItem> streamed(IssueFilter filter, IssueSort sort) {
        try (Stream<IssueListItem> stream = queries.stream(filter, sort, PAGE)) {
            return stream.toList();
        }
    }

    /** What the inbox grid shows, page after page by OFFSET. */
    private List<IssueListItem> gridRows(IssueFilter filter, IssueSort sort) {
        List<IssueListItem> rows = new ArrayList<>();
        for (int offset = 0; ; offset += IssueQueryService.MAX_PAGE_SIZE) {
            List<IssueListItem> page = queries.search(filter, sort, offset, IssueQueryService.MAX_PAGE_SIZE);
            rows.addAll(page);
            if (page.size() < IssueQueryService.MAX_PAGE_SIZE) {
                return rows;
            }
        }
    }

    private IssueFilter mine() {
        return new IssueFilter(marker, Set.of(), null, null, null, null, null, null, null, null, null);
    }
}

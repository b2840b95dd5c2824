package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;

/**
 * The inbox grid scrolled page after page reads each page by key after the last row of the page before
 * ({@link KeysetPages}), and shows exactly the rows that OFFSET pages of the query service give, in the default
 * order and in a column's order, over rows with few distinct sort keys (so pages end between equal keys).
 */
class IssueGridTest extends ViewTestBase {

    private static final int ISSUES = 230;
    private static final int PAGE = 50;

    @Autowired JdbcTemplate jdbc;
    @Autowired IssueQueryService queries;

    @Test
    void scrollingReadsPagesByKeyAndShowsTheSameRowsAsOffsetPagesInEveryShownOrder() {
        String tag = "luoi" + IssueFixtures.unique().toLowerCase();
        issues(tag);
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo mã, tiêu đề, nội dung")), tag);
        IssueGrid grid = _get(view, IssueGrid.class);

        assertThat(scrolled(grid)).hasSize(ISSUES).isEqualTo(offsetPages(grid.filter(), IssueSort.NEWEST));
        long keyset = grid.keysetReads();
        assertThat(keyset).isGreaterThanOrEqualTo(ISSUES / PAGE);

        Grid.Column<IssueListItem> deadline = grid.getColumns().stream()
                .filter(column -> column.getSortOrder(SortDirection.ASCENDING).findFirst()
                        .filter(order -> order.getSorted().equals(IssueSort.DEADLINE_SOONEST.name())).isPresent())
                .findFirst().orElseThrow();
        grid.sort(List.of(new GridSortOrder<>(deadline, SortDirection.ASCENDING)));

        assertThat(scrolled(grid)).hasSize(ISSUES).isEqualTo(offsetPages(grid.filter(), IssueSort.DEADLINE_SOONEST));
        assertThat(grid.sort()).isEqualTo(IssueSort.DEADLINE_SOONEST);
        assertThat(grid.keysetReads() - keyset).isGreaterThanOrEqualTo(ISSUES / PAGE);
        // A jump back reads from a remembered row and gives the same rows.
        assertThat(GridKt._fetch(grid, 120, 20)).isEqualTo(offsetPages(grid.filter(), IssueSort.DEADLINE_SOONEST)
                .subList(120, 140));
    }

    private static List<IssueListItem> scrolled(IssueGrid grid) {
        List<IssueListItem> rows = new ArrayList<>();
        for (int offset = 0; offset < GridKt._size(grid); offset += PAGE) {
            rows.addAll(GridKt._fetch(grid, offset, PAGE));
        }
        return rows;
    }

    private List<IssueListItem> offsetPages(IssueFilter filter, IssueSort sort) {
        List<IssueListItem> rows = new ArrayList<>();
        for (int offset = 0; offset < ISSUES; offset += PAGE) {
            rows.addAll(queries.search(filter, sort, offset, PAGE));
        }
        return rows;
    }

    private void issues(String tag) {
        long field = jdbc.queryForObject("SELECT min(id) FROM issue_field", Long.class);
        long agency = jdbc.queryForObject("SELECT id FROM agency WHERE code = 'S-XD'", Long.class);
        String codes = "KN-" + IssueFixtures.unique().substring(0, 7) + "-";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            rows.add(new Object[] {codes + "%04d".formatted(i), "Kiến nghị " + tag + " " + (i % 3),
                    i % 5 == 0 ? "RECEIVED" : "ASSIGNED", field, agency,
                    LocalDate.of(2099, 5, 1 + i % 4), i % 5 == 0 ? null : LocalDate.of(2099, 6, 1 + i % 3)});
        }
        jdbc.batchUpdate("""
                INSERT INTO issue (code, title, content, channel, state, priority, field_id, lead_agency_id, received_on,
                                   deadline)
                VALUES (?, ?, 'Nội dung', 'HOTLINE', ?, 'NORMAL', ?, ?, ?, ?)""", rows);
    }
}

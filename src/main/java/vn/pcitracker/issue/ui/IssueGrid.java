package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import java.util.stream.Collectors;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The inbox grid shared by every issue list: pages are fetched from the database as the user scrolls (never
 * all rows), and the sortable columns map to the orders the query service offers. The grid asks by offset; the
 * rows are read by key after the last row of the page before ({@link KeysetPages}), so scrolling deep into a
 * million rows stays as fast as the first page, and jumps are not limited to {@link IssueQueryService#MAX_OFFSET}.
 */
class IssueGrid extends Grid<IssueListItem> {

    private static final String KEY = "issue.IssueGrid.";
    private static final String RECEIVED = "RECEIVED";

    private final IssueQueryService queries;
    private final IssueFieldService fields;
    private final AgencyService agencies;
    private final IssueSort defaultSort;
    private IssueFilter filter = IssueFilter.none();
    private IssueSort sort;
    private Map<Long, String> agencyNames = Map.of();
    private Map<Long, String> fieldNames = Map.of();
    /** Pages are read by key after the last row of the page before (see {@link KeysetPages}). */
    private final KeysetPages<IssueListItem> pages = new KeysetPages<>(IssueQueryService.MAX_OFFSET);

    IssueGrid(IssueQueryService queries, IssueFieldService fields, AgencyService agencies, IssueSort defaultSort) {
        this.queries = queries;
        this.fields = fields;
        this.agencies = agencies;
        this.defaultSort = defaultSort;
        this.sort = defaultSort;
        addClassName("issue-grid");
        addColumn(IssueListItem::code).setHeader(getTranslation(KEY + "code")).setSortProperty(IssueSort.CODE.name())
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(IssueListItem::title).setHeader(getTranslation(KEY + "title")).setSortProperty(IssueSort.TITLE.name())
                .setTooltipGenerator(IssueListItem::title).setWidth("22rem").setFlexGrow(4).setResizable(true);
        addComponentColumn(item -> IssueTexts.stateBadge(this, item.state())).setHeader(getTranslation(KEY + "state"))
                .setSortProperty(IssueSort.STATE.name()).setWidth("11rem").setFlexGrow(0);
        addColumn(item -> fieldName(item.fieldId())).setHeader(getTranslation(KEY + "field")).setAutoWidth(true);
        addColumn(item -> agencyName(item.leadAgencyId()))
                .setHeader(getTranslation(KEY + "leadAgency")).setWidth("12rem").setFlexGrow(2).setResizable(true);
        addColumn(item -> LocaleFormats.date(item.receivedOn(), getLocale())).setHeader(getTranslation(KEY + "received"))
                .setSortProperty(RECEIVED).setAutoWidth(true);
        addColumn(item -> LocaleFormats.date(item.deadline(), getLocale())).setHeader(getTranslation(KEY + "deadline"))
                .setSortProperty(IssueSort.DEADLINE_SOONEST.name()).setAutoWidth(true);
        addComponentColumn(item -> IssueTexts.daysLeftBadge(this, item.workingDaysLeft(), item.overdue()))
                .setHeader(getTranslation(KEY + "daysLeft")).setWidth("10rem").setFlexGrow(0);
        addColumn(item -> IssueTexts.label(this, item.channel())).setHeader(getTranslation(KEY + "channel")).setAutoWidth(true);
        setPartNameGenerator(item -> item.overdue() ? "overdue" : null);
        setItems(this::fetch,
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(filter)));
        setSizeFull();
    }

    /** Shows the issues matching the filter; names of agencies and fields are looked up once per refresh. */
    void show(IssueFilter filter) {
        this.filter = filter == null ? IssueFilter.none() : filter;
        agencyNames = agencies.search("", true).stream()
                .collect(Collectors.toMap(AgencySummary::id, agency -> agency.name(getLocale())));
        fieldNames = fields.fields().stream()
                .collect(Collectors.toMap(IssueFieldOption::id, field -> field.name(getLocale()), (a, b) -> a));
        pages.reset();
        // A text search is not counted: over a million issues a common word matches a hundred thousand, and
        // counting them re-reads every match (11 s for "giay phep"), while the first page takes milliseconds. The
        // grid then learns its size as the user scrolls.
        if (!IssueFilter.appliesText(this.filter.text())) {
            getLazyDataView().setItemCountFromDataProvider();
        } else {
            getLazyDataView().setItemCountUnknown();
        }
        getDataProvider().refreshAll();
    }

    IssueFilter filter() {
        return filter;
    }

    /** The order of the rows last shown (every order ends with the id: a stable key for paging). */
    IssueSort sort() {
        return sort;
    }

    String agencyName(Long agencyId) {
        return agencyId == null ? "" : agencyNames.getOrDefault(agencyId, "");
    }

    String fieldName(long fieldId) {
        return fieldNames.getOrDefault(fieldId, "");
    }

    /**
     * The rows asked for, read by {@link #pages}; a request larger than the service's page (only when every row is
     * asked for at once, as when the size is unknown and a caller wants them all) is read a page at a time.
     */
    private Stream<IssueListItem> fetch(Query<IssueListItem, ?> query) {
        IssueSort order = sortOf(query);
        Shown shown = new Shown(filter, order);
        int offset = query.getOffset();
        int limit = query.getLimit();
        List<IssueListItem> rows = new ArrayList<>();
        while (rows.size() < limit) {
            int wanted = Math.min(limit - rows.size(), IssueQueryService.MAX_PAGE_SIZE);
            List<IssueListItem> page = pages.read(shown, offset + rows.size(), wanted,
                    (after, skip, size) -> queries.search(shown.filter(), order, after, skip, size));
            rows.addAll(page);
            if (page.size() < wanted) {
                break;
            }
        }
        return rows.stream();
    }

    /** Pages read by key right after the page before (tests). */
    long keysetReads() {
        return pages.keysetReads();
    }

    /** The list shown: remembered rows belong to one filter in one order. */
    private record Shown(IssueFilter filter, IssueSort sort) {
    }

    private IssueSort sortOf(Query<IssueListItem, ?> query) {
        sort = query.getSortOrders().stream().findFirst().map(IssueGrid::sortOf).orElse(defaultSort);
        return sort;
    }

    private static IssueSort sortOf(QuerySortOrder order) {
        if (RECEIVED.equals(order.getSorted())) {
            return order.getDirection() == SortDirection.ASCENDING ? IssueSort.OLDEST : IssueSort.NEWEST;
        }
        return IssueSort.valueOf(order.getSorted());
    }

}

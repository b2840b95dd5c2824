package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.BottleneckListItem;
import vn.pcitracker.licensing.bottleneck.BottleneckQueryService;
import vn.pcitracker.licensing.bottleneck.BottleneckSort;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The register grid: pages fetched from the database as the user scrolls; sortable columns map to the query's orders. */
class BottleneckGrid extends Grid<BottleneckListItem> {

    private static final String KEY = "licensing.BottleneckGrid.";

    private BottleneckFilter filter = BottleneckFilter.none();

    BottleneckGrid(BottleneckQueryService queries, BottleneckChoices.Lists lists) {
        addClassName("bottleneck-grid");
        addColumn(BottleneckListItem::code).setHeader(getTranslation(KEY + "code")).setSortProperty(BottleneckSort.CODE.name())
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(BottleneckListItem::title).setHeader(getTranslation(KEY + "title")).setSortProperty(BottleneckSort.TITLE.name())
                .setTooltipGenerator(BottleneckListItem::title).setWidth("20rem").setFlexGrow(4).setResizable(true);
        addComponentColumn(item -> BottleneckTexts.stateBadge(this, item.state())).setHeader(getTranslation(KEY + "state"))
                .setSortProperty(BottleneckSort.STATE.name()).setWidth("11rem").setFlexGrow(0);
        addColumn(item -> lists.agencyName(item.agencyId())).setHeader(getTranslation(KEY + "agency"))
                .setWidth("12rem").setFlexGrow(2).setResizable(true);
        addColumn(item -> item.procedureCode() + " · " + item.procedureName()).setHeader(getTranslation(KEY + "procedure"))
                .setTooltipGenerator(BottleneckListItem::procedureName).setWidth("14rem").setFlexGrow(2).setResizable(true);
        addColumn(item -> item.lineLabel() == null ? "" : item.lineLabel()).setHeader(getTranslation(KEY + "line")).setAutoWidth(true);
        addColumn(item -> getTranslation(KEY + "daysTriple", item.statutoryDays(),
                item.reducedDays() == null ? "–" : item.reducedDays(),
                item.latestMedianDays() == null ? "–" : BottleneckTexts.days(item.latestMedianDays(), getLocale())))
                .setHeader(getTranslation(KEY + "days")).setAutoWidth(true);
        addColumn(item -> LocaleFormats.date(item.identifiedOn(), getLocale())).setHeader(getTranslation(KEY + "identifiedOn"))
                .setSortProperty(BottleneckSort.NEWEST.name()).setAutoWidth(true);
        addColumn(item -> LocaleFormats.date(item.targetDate(), getLocale())).setHeader(getTranslation(KEY + "targetDate"))
                .setSortProperty(BottleneckSort.TARGET_DATE.name()).setAutoWidth(true);
        setItems(query -> queries.search(filter, sortOf(query), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(filter)));
        setSizeFull();
    }

    void show(BottleneckFilter filter) {
        this.filter = filter == null ? BottleneckFilter.none() : filter;
        getDataProvider().refreshAll();
    }

    BottleneckFilter filter() {
        return filter;
    }

    private static BottleneckSort sortOf(Query<BottleneckListItem, ?> query) {
        return query.getSortOrders().stream().findFirst().map(QuerySortOrder::getSorted).map(BottleneckSort::valueOf)
                .orElse(BottleneckSort.NEWEST);
    }
}

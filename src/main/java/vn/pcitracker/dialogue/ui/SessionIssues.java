package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The recommendations raised at a session or carried over to it, with their live state: a count, the export
 * buttons and a grid that reads a page at a time. Only those the user may see, as the issue module decides.
 */
class SessionIssues extends VerticalLayout {

    private static final String KEY = "dialogue.DialogueView.";

    private final IssueQueryService queries;
    private final Map<Long, String> agencyNames;
    private final Grid<IssueListItem> grid = new Grid<>();
    private final Span count = new Span();
    private final DialogueIssueExport export;
    private volatile IssueFilter filter;

    SessionIssues(IssueQueryService queries, AgencyService agencies) {
        this.queries = queries;
        this.agencyNames = agencies.search("", true).stream()
                .collect(Collectors.toMap(AgencySummary::id, agency -> agency.name(getLocale())));
        this.export = new DialogueIssueExport(this, getLocale(), agencyNames);
        configureGrid();
        HorizontalLayout bar = new HorizontalLayout(count, new ExportButtons(DialogueIssueExport.FILE_NAME, this::export));
        bar.setAlignItems(Alignment.CENTER);
        add(bar, grid);
        setPadding(false);
    }

    /** Lists the recommendations of the session. */
    void show(long sessionId) {
        IssueFilter shown = new IssueFilter(null, Set.of(), null, null, null, null, null, null, null, null, sessionId);
        filter = shown;
        grid.setItems(query -> queries.search(shown, IssueSort.NEWEST, query.getOffset(), query.getLimit()).stream(),
                query -> (int) queries.count(shown));
        count.setText(getTranslation(KEY + "issueCount", queries.count(shown)));
    }

    /** Writes the list as the export buttons do: the session's recommendations the user may see, newest first. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, queries, filter);
    }

    private void configureGrid() {
        grid.addClassName("dialogue-issues");
        grid.addComponentColumn(issue -> new Anchor("issues/" + issue.id(), issue.code()))
                .setHeader(getTranslation(KEY + "code")).setAutoWidth(true);
        grid.addColumn(IssueListItem::title).setHeader(getTranslation(KEY + "issueTitle")).setFlexGrow(3);
        grid.addColumn(issue -> getTranslation("issue.IssueState." + issue.state().name()))
                .setHeader(getTranslation(KEY + "state")).setAutoWidth(true);
        grid.addColumn(issue -> issue.leadAgencyId() == null ? "" : agencyNames.getOrDefault(issue.leadAgencyId(), ""))
                .setHeader(getTranslation(KEY + "leadAgency")).setFlexGrow(2);
        grid.addColumn(issue -> LocaleFormats.date(issue.deadline(), getLocale()))
                .setHeader(getTranslation(KEY + "deadline")).setAutoWidth(true);
        grid.addColumn(issue -> IssueDays.left(this, issue)).setHeader(getTranslation(KEY + "daysLeft")).setAutoWidth(true);
        grid.setHeight("28rem");
    }
}

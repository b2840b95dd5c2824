package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The recommendations raised at a session or carried over to it, to Excel or CSV, read through the issue
 * module's query a keyset page at a time, however many (the user's visibility applies there) in the page's order, newest first.
 */
final class DialogueIssueExport {

    static final String FILE_NAME = "kien-nghi-phien-doi-thoai";

    private static final String KEY = "dialogue.DialogueIssueExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<IssueListItem> table;

    /** @param agencyNames every agency's name by id, retired ones included */
    DialogueIssueExport(Component owner, Locale locale, Map<Long, String> agencyNames) {
        this.locale = locale;
        Map<IssueState, String> states = labels(owner, locale, IssueState.values(), "issue.IssueState.");
        Map<IssuePriority, String> priorities = labels(owner, locale, IssuePriority.values(), "issue.IssuePriority.");
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, IssueListItem::code),
                ExportColumn.text(KEY + "title", 60, IssueListItem::title),
                ExportColumn.text(KEY + "state", 18, issue -> states.get(issue.state())),
                ExportColumn.text(KEY + "priority", 14, issue -> issue.priority() == null ? "" : priorities.get(issue.priority())),
                ExportColumn.text(KEY + "leadAgency", 36, issue -> issue.leadAgencyId() == null ? ""
                        : agencyNames.getOrDefault(issue.leadAgencyId(), "")),
                ExportColumn.date(KEY + "received", 12, IssueListItem::receivedOn),
                ExportColumn.date(KEY + "deadline", 12, IssueListItem::deadline),
                ExportColumn.integer(KEY + "workingDaysLeft", 14, IssueListItem::workingDaysLeft),
                ExportColumn.text(KEY + "overdue", 10, issue -> issue.overdue() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the session's recommendations the user may see; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, IssueQueryService queries, IssueFilter filter) {
        try (Stream<IssueListItem> rows = queries.stream(filter, IssueSort.NEWEST, IssueQueryService.MAX_PAGE_SIZE)) {
            table.write(format, rows, out, locale, texts);
        }
    }

    private static <E extends Enum<E>> Map<E, String> labels(Component owner, Locale locale, E[] values, String prefix) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(Function.identity(),
                value -> owner.getTranslation(locale, prefix + value.name())));
    }
}

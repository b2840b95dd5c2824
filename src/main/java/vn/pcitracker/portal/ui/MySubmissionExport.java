package vn.pcitracker.portal.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.MySubmission;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * What the representative's association submitted or backs, to Excel or CSV: the rows of
 * {@code AssociationIssueService.mySubmissions()}, which never returns another association's recommendations, so
 * the file holds no more than the cards. Texts are resolved when the view is built; the download runs outside it.
 */
final class MySubmissionExport {

    static final String FILE_NAME = "kien-nghi-cua-hiep-hoi";

    private static final String KEY = "portal.MySubmissionExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<MySubmission> table;

    MySubmissionExport(Component owner, Locale locale) {
        this.locale = locale;
        Map<IssueState, String> states = Arrays.stream(IssueState.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), state -> owner.getTranslation(locale, "issue.IssueState." + state.name())));
        String submitted = owner.getTranslation(locale, KEY + "submitted");
        String backed = owner.getTranslation(locale, KEY + "backed");
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, MySubmission::code),
                ExportColumn.text(KEY + "title", 60, MySubmission::title),
                ExportColumn.text(KEY + "state", 18, submission -> states.get(submission.state())),
                ExportColumn.text(KEY + "role", 18, submission -> submission.submitted() ? submitted : backed),
                ExportColumn.date(KEY + "receivedOn", 14, MySubmission::receivedOn),
                ExportColumn.date(KEY + "deadline", 14, MySubmission::deadline),
                ExportColumn.date(KEY + "answeredOn", 14, MySubmission::answeredOn),
                ExportColumn.text(KEY + "overdue", 10, submission -> submission.overdue() ? yes : ""),
                ExportColumn.text(KEY + "awaitsFeedback", 18, submission -> submission.awaitsFeedback() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the association's recommendations; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<MySubmission> submissions) {
        table.write(format, submissions.stream(), out, locale, texts);
    }
}

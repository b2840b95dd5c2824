package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The fields of recommendations with their default deadlines, to Excel or CSV: a catalogue of a few dozen rows,
 * read whole like the grid. Texts are resolved when the view is built, because the download runs outside the UI.
 */
final class IssueFieldExport {

    static final String FILE_NAME = "linh-vuc-kien-nghi";

    private static final String KEY = "issue.IssueFieldExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<IssueFieldOption> table;

    IssueFieldExport(Component owner, Locale locale) {
        this.locale = locale;
        String active = owner.getTranslation(locale, KEY + "active");
        String inactive = owner.getTranslation(locale, KEY + "inactive");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 18, IssueFieldOption::code),
                ExportColumn.text(KEY + "nameVi", 40, IssueFieldOption::nameVi),
                ExportColumn.text(KEY + "nameEn", 36, IssueFieldOption::nameEn),
                ExportColumn.integer(KEY + "days", 18, IssueFieldOption::defaultDeadlineDays),
                ExportColumn.text(KEY + "status", 18, field -> field.active() ? active : inactive));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes every field; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<IssueFieldOption> fields) {
        table.write(format, fields.stream(), out, locale, texts);
    }
}

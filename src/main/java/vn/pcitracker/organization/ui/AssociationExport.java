package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The business associations, as searched, to Excel or CSV: both names and each contact detail in a column of its
 * own. A short catalogue, read in one list like the grid; texts resolved when the view is built.
 */
final class AssociationExport {

    static final String FILE_NAME = "hiep-hoi";

    private static final String KEY = "organization.AssociationExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<AssociationSummary> table;

    AssociationExport(Component owner, Locale locale) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 14, AssociationSummary::code),
                ExportColumn.text(KEY + "nameVi", 50, AssociationSummary::nameVi),
                ExportColumn.text(KEY + "nameEn", 40, AssociationSummary::nameEn),
                ExportColumn.text(KEY + "taxCode", 16, AssociationSummary::taxCode),
                ExportColumn.text(KEY + "sector", 24, AssociationSummary::sector),
                ExportColumn.text(KEY + "contactName", 24, AssociationSummary::contactName),
                ExportColumn.text(KEY + "contactPhone", 16, AssociationSummary::contactPhone),
                ExportColumn.text(KEY + "contactEmail", 28, AssociationSummary::contactEmail),
                ExportColumn.date(KEY + "retiredOn", 14, AssociationSummary::retiredOn),
                ExportColumn.text(KEY + "synthetic", 12, a -> a.synthetic() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the associations the grid lists; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<AssociationSummary> associations) {
        table.write(format, associations.stream(), out, locale, texts);
    }
}

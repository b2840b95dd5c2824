package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The enterprises, as searched, to Excel or CSV, with the contact details the grid leaves out. The register is a
 * catalogue (a few thousand firms at most), read in one list like the grid. Texts are resolved when the view is
 * built, in the user's language, because the download runs outside the UI.
 */
final class EnterpriseExport {

    static final String FILE_NAME = "doanh-nghiep";

    private static final String KEY = "organization.EnterpriseExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<EnterpriseSummary> table;

    EnterpriseExport(Component owner, Locale locale) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "taxCode", 16, EnterpriseSummary::taxCode),
                ExportColumn.text(KEY + "name", 50, EnterpriseSummary::name),
                ExportColumn.text(KEY + "sector", 28, EnterpriseSummary::sector),
                ExportColumn.text(KEY + "address", 40, EnterpriseSummary::address),
                ExportColumn.text(KEY + "contactName", 24, EnterpriseSummary::contactName),
                ExportColumn.text(KEY + "contactPhone", 16, EnterpriseSummary::contactPhone),
                ExportColumn.text(KEY + "contactEmail", 28, EnterpriseSummary::contactEmail),
                ExportColumn.date(KEY + "retiredOn", 14, EnterpriseSummary::retiredOn),
                ExportColumn.text(KEY + "synthetic", 12, e -> e.synthetic() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the enterprises the grid lists; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<EnterpriseSummary> enterprises) {
        table.write(format, enterprises.stream(), out, locale, texts);
    }
}

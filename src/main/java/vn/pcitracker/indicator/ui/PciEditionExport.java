package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The PCI editions with their weights, as listed, to Excel or CSV: one column per sub-index weight, empty where an
 * edition has no official weights (its composite is then not computable).
 */
final class PciEditionExport {

    static final String FILE_NAME = "ky-pci-trong-so";

    private static final String KEY = "indicator.PciEditionExport.";

    private final Locale locale;
    private final TableExport<EditionSummary> table;
    private final UnaryOperator<String> texts;

    PciEditionExport(Component owner, Locale locale, List<SubIndex> subIndices) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        SubIndexColumns weights = new SubIndexColumns(subIndices, locale);
        List<ExportColumn<EditionSummary>> columns = new ArrayList<>();
        columns.add(ExportColumn.integer(KEY + "year", 8, EditionSummary::year));
        columns.addAll(weights.columns(EditionSummary::weights));
        columns.addAll(List.of(
                ExportColumn.text(KEY + "weightsSource", 40, EditionSummary::weightsSource),
                ExportColumn.text(KEY + "editedLocally", 14, edition -> edition.weightsEditedLocally() ? yes : ""),
                ExportColumn.text(KEY + "note", 50, EditionSummary::note),
                ExportColumn.text(KEY + "sourceUrl", 40, EditionSummary::sourceUrl)));
        this.table = new TableExport<>(KEY + "sheet", columns);
        this.texts = table.resolvedTexts(weights.headers(key -> owner.getTranslation(locale, key)));
    }

    /** Writes the editions as listed; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<EditionSummary> editions) {
        table.write(format, editions.stream(), out, locale, texts);
    }
}

package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The components of the DDCI catalogue shown, to Excel or CSV: both names and the PCI sub-indices each is assumed
 * to move (numbers and names, as on screen). Texts are resolved when the view is built.
 */
final class DdciCatalogueExport {

    static final String FILE_NAME = "danh-muc-ddci";

    private static final String KEY = "indicator.DdciCatalogueExport.";

    /** A row: a component with the catalogue it belongs to. */
    record Line(DdciCatalogueSummary catalogue, DdciComponentDetails component) {
    }

    private final Locale locale;
    private final TableExport<Line> table;
    private final UnaryOperator<String> texts;

    DdciCatalogueExport(Component owner, Locale locale, Map<Long, SubIndex> subIndices) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "catalogue", 32, line -> line.catalogue().name(locale)),
                ExportColumn.integer(KEY + "position", 8, line -> line.component().position()),
                ExportColumn.text(KEY + "code", 12, line -> line.component().code()),
                ExportColumn.text(KEY + "nameVi", 50, line -> line.component().nameVi()),
                ExportColumn.text(KEY + "nameEn", 50, line -> line.component().nameEn()),
                ExportColumn.text(KEY + "pciSubIndices", 50, line -> line.component().pciSubIndexIds().stream()
                        .map(subIndices::get).sorted(Comparator.comparingInt(SubIndex::number))
                        .map(s -> s.number() + ". " + s.name(locale)).collect(Collectors.joining("; "))),
                ExportColumn.text(KEY + "modifiedLocally", 14, line -> line.component().modifiedLocally() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the catalogue's components in catalogue order; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, DdciCatalogueSummary catalogue, List<DdciComponentDetails> components) {
        table.write(format, components.stream().map(component -> new Line(catalogue, component)), out, locale, texts);
    }
}

package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.indicator.ProvinceResult;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * Every province's stored PCI results (what the comparison chart draws, with ranks and sub-index scores), the
 * province of this installation first, to Excel or CSV.
 */
final class PciResultsExport {

    static final String FILE_NAME = "ket-qua-pci-cac-tinh";

    private static final String KEY = "indicator.PciResultsExport.";

    private final Locale locale;
    private final TableExport<ProvinceResult> table;
    private final UnaryOperator<String> texts;

    PciResultsExport(Component owner, Locale locale, List<SubIndex> subIndices) {
        this.locale = locale;
        SubIndexColumns scores = new SubIndexColumns(subIndices, locale);
        List<ExportColumn<ProvinceResult>> columns = new ArrayList<>(List.of(
                ExportColumn.text(KEY + "provinceCode", 14, ProvinceResult::provinceCode),
                ExportColumn.text(KEY + "province", 24, result -> result.name(locale)),
                ExportColumn.integer(KEY + "year", 8, ProvinceResult::year),
                ExportColumn.decimal(KEY + "composite", 12, ProvinceResult::composite),
                ExportColumn.integer(KEY + "rank", 10, ProvinceResult::rank)));
        columns.addAll(scores.columns(ProvinceResult::subIndexScores));
        columns.add(ExportColumn.text(KEY + "sourceUrl", 50, ProvinceResult::sourceUrl));
        this.table = new TableExport<>(KEY + "sheet", columns);
        this.texts = table.resolvedTexts(scores.headers(key -> owner.getTranslation(locale, key)));
    }

    /** Writes the results; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<ProvinceResult> results) {
        table.write(format, results.stream(), out, locale, texts);
    }
}

package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.pcitracker.indicator.PciComposite;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The overview's table of the province's PCI by year, to Excel or CSV: the published composite and rank, the
 * composite the edition's weights give from the stored scores (or why there is none), and the scores themselves.
 */
final class PciHistoryExport {

    static final String FILE_NAME = "pci-qua-cac-nam";

    private static final String KEY = "indicator.PciHistoryExport.";

    private final Locale locale;
    private final TableExport<Year> table;
    private final UnaryOperator<String> texts;

    /** A row: the year's published figures and the composite computed for it (null: none stored). */
    record Year(PciYearResult published, PciComposite.Result computed) {
    }

    PciHistoryExport(Component owner, Locale locale, List<SubIndex> subIndices) {
        this.locale = locale;
        String noWeights = owner.getTranslation(locale, "indicator.PciHistoryGrid.noWeights");
        String noScores = owner.getTranslation(locale, "indicator.PciHistoryGrid.noScores");
        SubIndexColumns scores = new SubIndexColumns(subIndices, locale);
        List<ExportColumn<Year>> columns = new ArrayList<>(List.of(
                ExportColumn.integer(KEY + "year", 8, year -> year.published().year()),
                ExportColumn.decimal(KEY + "composite", 12, year -> year.published().composite()),
                ExportColumn.integer(KEY + "rank", 10, year -> year.published().rank()),
                ExportColumn.decimal(KEY + "computed", 14, year -> computed(year).orElse(null)),
                ExportColumn.text(KEY + "notComputed", 36, year -> year.computed() instanceof PciComposite.NotComputable reason
                        ? (reason.reason() == PciComposite.Reason.NO_WEIGHTS ? noWeights : noScores) : null)));
        columns.addAll(scores.columns(year -> year.published().subIndexScores()));
        columns.add(ExportColumn.text(KEY + "sourceUrl", 50, year -> year.published().sourceUrl()));
        this.table = new TableExport<>(KEY + "sheet", columns);
        this.texts = table.resolvedTexts(scores.headers(key -> owner.getTranslation(locale, key)));
    }

    /** Writes the years in the order given; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<PciYearResult> years, Map<Integer, PciComposite.Result> computed) {
        table.write(format, years.stream().map(year -> new Year(year, computed.get(year.year()))), out, locale, texts);
    }

    private static Optional<BigDecimal> computed(Year year) {
        return year.computed() == null ? Optional.empty() : year.computed().value();
    }
}

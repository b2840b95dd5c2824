package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/** The province's PCI goals, newest first as listed, to Excel or CSV: one column per sub-index target. */
final class PciGoalExport {

    static final String FILE_NAME = "muc-tieu-pci";

    private static final String KEY = "indicator.PciGoalExport.";

    private final Locale locale;
    private final TableExport<ProvinceGoal> table;
    private final UnaryOperator<String> texts;

    PciGoalExport(Component owner, Locale locale, List<SubIndex> subIndices) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        SubIndexColumns targets = new SubIndexColumns(subIndices, locale);
        List<ExportColumn<ProvinceGoal>> columns = new ArrayList<>(List.of(
                ExportColumn.integer(KEY + "year", 8, ProvinceGoal::year),
                ExportColumn.decimal(KEY + "composite", 14, ProvinceGoal::targetComposite),
                ExportColumn.integer(KEY + "rank", 12, ProvinceGoal::targetRank)));
        columns.addAll(targets.columns(ProvinceGoal::subIndexTargets));
        columns.addAll(List.of(
                ExportColumn.text(KEY + "sourceDocument", 50, ProvinceGoal::sourceDocument),
                ExportColumn.text(KEY + "sourceUrl", 40, ProvinceGoal::sourceUrl),
                ExportColumn.text(KEY + "note", 40, ProvinceGoal::note),
                ExportColumn.text(KEY + "synthetic", 12, goal -> goal.synthetic() ? yes : "")));
        this.table = new TableExport<>(KEY + "sheet", columns);
        this.texts = table.resolvedTexts(targets.headers(key -> owner.getTranslation(locale, key)));
    }

    /** Writes the goals as listed; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<ProvinceGoal> goals) {
        table.write(format, goals.stream(), out, locale, texts);
    }
}

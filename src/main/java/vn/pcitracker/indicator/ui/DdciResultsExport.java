package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The official DDCI results listed (level, year, search and order as shown) to Excel or CSV: one number column per
 * component, headed by its code, in catalogue order. Texts are resolved when the view is built.
 */
final class DdciResultsExport {

    static final String FILE_NAME = "ket-qua-ddci";

    private static final String KEY = "indicator.DdciResultsExport.";
    /** Marks a header that is a component code rather than a translation key. */
    private static final String COMPONENT = "component:";

    private final Locale locale;
    private final String yes;
    private final Map<UnitLevel, String> levels;
    private final UnaryOperator<String> texts;

    DdciResultsExport(Component owner, Locale locale) {
        this.locale = locale;
        this.yes = owner.getTranslation(locale, KEY + "yes");
        this.levels = Arrays.stream(UnitLevel.values()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                level -> owner.getTranslation(locale, "indicator.UnitLevel." + level.name())));
        UnaryOperator<String> fixed = table(List.of()).resolvedTexts(key -> owner.getTranslation(locale, key));
        this.texts = key -> key.startsWith(COMPONENT) ? key.substring(COMPONENT.length()) : fixed.apply(key);
    }

    /** Writes the results in the order given; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<DdciResultSummary> results) {
        Set<String> components = new LinkedHashSet<>();
        results.forEach(result -> components.addAll(result.componentScores().keySet()));
        table(List.copyOf(components)).write(format, results.stream(), out, locale, texts);
    }

    private TableExport<DdciResultSummary> table(List<String> components) {
        List<ExportColumn<DdciResultSummary>> columns = new ArrayList<>(List.of(
                ExportColumn.integer(KEY + "year", 8, DdciResultSummary::year),
                ExportColumn.text(KEY + "level", 18, result -> levels.get(result.unitLevel())),
                ExportColumn.text(KEY + "catalogue", 16, DdciResultSummary::catalogueCode),
                ExportColumn.integer(KEY + "rank", 8, DdciResultSummary::rank),
                ExportColumn.text(KEY + "unit", 40, DdciResultSummary::unitName),
                ExportColumn.decimal(KEY + "score", 10, DdciResultSummary::score),
                ExportColumn.text(KEY + "band", 14, DdciResultSummary::band)));
        components.forEach(code -> columns.add(ExportColumn.decimal(COMPONENT + code, 10,
                result -> result.componentScores().get(code))));
        columns.addAll(List.of(
                ExportColumn.text(KEY + "sourceDocument", 40, DdciResultSummary::sourceDocument),
                ExportColumn.text(KEY + "sourceUrl", 40, DdciResultSummary::sourceUrl),
                ExportColumn.text(KEY + "synthetic", 12, result -> result.synthetic() ? yes : "")));
        return new TableExport<>(KEY + "sheet", columns);
    }
}

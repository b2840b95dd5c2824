package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.indicator.PciComposite;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceHistory;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The chart's figures as a table: readable without the chart, and printable. */
class PciHistoryGrid extends Grid<PciYearResult> {

    PciHistoryGrid(ProvinceHistory history, Map<Integer, PciComposite.Result> computed, Locale locale) {
        addClassName("pci-history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(PciYearResult::year).setHeader(getTranslation("indicator.PciHistoryGrid.year")).setSortable(true);
        addColumn(y -> y.composite() == null ? "–" : LocaleFormats.decimal(y.composite(), 2, locale))
                .setHeader(getTranslation("indicator.PciHistoryGrid.composite"))
                .setComparator((a, b) -> compare(a.composite(), b.composite()));
        addColumn(y -> y.rank() == null ? "–" : String.valueOf(y.rank()))
                .setHeader(getTranslation("indicator.PciHistoryGrid.rank"))
                .setComparator((a, b) -> compare(a.rank(), b.rank()));
        addColumn(y -> computedText(computed.get(y.year()), locale))
                .setHeader(getTranslation("indicator.PciHistoryGrid.computed"));
        addColumn(y -> getTranslation(y.hasSubIndexScores() ? "indicator.PciHistoryGrid.scoresKnown" : "indicator.PciHistoryGrid.scoresUnknown"))
                .setHeader(getTranslation("indicator.PciHistoryGrid.subIndices"));
        setItems(shownYears(history));
        setAllRowsVisible(true);
    }

    /** The years the table lists, newest first: those with a published composite or rank. */
    static List<PciYearResult> shownYears(ProvinceHistory history) {
        return history.years().stream().filter(y -> y.composite() != null || y.rank() != null).toList().reversed();
    }

    /** The composite the edition's weights give from the stored scores, or plainly why there is none. */
    private String computedText(PciComposite.Result result, Locale locale) {
        if (result == null) {
            return "–";
        }
        return result.value().map(value -> LocaleFormats.decimal(value, 2, locale)).orElseGet(() ->
                getTranslation(((PciComposite.NotComputable) result).reason() == PciComposite.Reason.NO_WEIGHTS
                        ? "indicator.PciHistoryGrid.noWeights" : "indicator.PciHistoryGrid.noScores"));
    }

    private static <T extends Comparable<T>> int compare(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}

package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import vn.pcitracker.indicator.DdciImportRow;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The import preview's columns: each row as it would be stored, with the agency its unit matched. */
final class DdciImportColumns {

    private static final String KEY = "indicator.DdciResultsView.";

    private DdciImportColumns() {
    }

    static void add(Grid<DdciImportRow> rows, Locale locale) {
        rows.addColumn(DdciImportRow::row).setHeader(rows.getTranslation(KEY + "row")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(DdciImportRow::catalogueCode).setHeader(rows.getTranslation(KEY + "catalogue")).setAutoWidth(true);
        rows.addColumn(DdciImportRow::year).setHeader(rows.getTranslation(KEY + "year")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(DdciImportRow::unitName).setHeader(rows.getTranslation(KEY + "fileUnit")).setFlexGrow(2);
        rows.addColumn(row -> row.agencyName() == null ? rows.getTranslation(KEY + "noAgency") : row.agencyName())
                .setHeader(rows.getTranslation(KEY + "agency")).setFlexGrow(2);
        rows.addColumn(row -> LocaleFormats.decimal(row.score(), 2, locale))
                .setHeader(rows.getTranslation(KEY + "score")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.rank() == null ? "" : String.valueOf(row.rank()))
                .setHeader(rows.getTranslation(KEY + "rank")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> rows.getTranslation(KEY + (row.replacesStored() ? "replaces" : "adds")))
                .setHeader(rows.getTranslation(KEY + "effect")).setAutoWidth(true);
    }
}

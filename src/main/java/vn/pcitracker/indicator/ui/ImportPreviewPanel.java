package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.CsvProblem;
import vn.pcitracker.indicator.ResultImportPreview;
import vn.pcitracker.indicator.ResultImportRow;

/** What a results file holds (rows to import) or why it is refused (problems by line and column), in the user's language. */
class ImportPreviewPanel extends VerticalLayout {

    private static final String KEY = "indicator.ImportPreviewPanel.";

    final Paragraph summary = new Paragraph();
    final Grid<ResultImportRow> rows = new Grid<>();
    final Grid<CsvProblem> problems = new Grid<>();

    ImportPreviewPanel() {
        setPadding(false);
        addClassName("import-preview");
        summary.addClassName("import-summary");
        rows.addColumn(ResultImportRow::line).setHeader(getTranslation(KEY + "line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.provinceCode() + (row.newProvince() ? " (" + getTranslation(KEY + "newProvince") + ")" : ""))
                .setHeader(getTranslation(KEY + "province"));
        rows.addColumn(ResultImportRow::year).setHeader(getTranslation(KEY + "year")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> SubIndexFields.format(row.composite(), getLocale(), 2)).setHeader(getTranslation(KEY + "composite"));
        rows.addColumn(row -> row.rank() == null ? "" : String.valueOf(row.rank())).setHeader(getTranslation(KEY + "rank"));
        rows.addColumn(row -> row.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(score -> score.getKey() + " " + SubIndexFields.format(score.getValue(), getLocale(), 2))
                .collect(Collectors.joining(", "))).setHeader(getTranslation(KEY + "scores")).setFlexGrow(2);
        rows.addColumn(row -> getTranslation(row.replacesResult() ? KEY + "replaces" : KEY + "adds"))
                .setHeader(getTranslation(KEY + "effect"));
        problems.addColumn(problem -> problem.line() == 0 ? "" : String.valueOf(problem.line()))
                .setHeader(getTranslation(KEY + "line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation(KEY + "column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.args()))
                .setHeader(getTranslation(KEY + "problem")).setFlexGrow(1);
        for (Grid<?> grid : new Grid<?>[] {rows, problems}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setVisible(false);
        }
        rows.addClassName("import-rows");
        problems.addClassName("import-problems");
        add(summary, rows, problems);
    }

    void show(ResultImportPreview preview) {
        rows.setItems(preview.rows());
        problems.setItems(preview.problems());
        rows.setVisible(!preview.rows().isEmpty());
        problems.setVisible(!preview.problems().isEmpty());
        if (!preview.problems().isEmpty()) {
            summary.setText(getTranslation(KEY + "refused", preview.problems().size()));
        } else if (preview.imported()) {
            summary.setText(getTranslation(KEY + "imported", preview.rows().size(), preview.newProvinces()));
        } else {
            summary.setText(getTranslation(KEY + "valid", preview.rows().size(), preview.newProvinces(),
                    preview.replacedResults()));
        }
    }
}

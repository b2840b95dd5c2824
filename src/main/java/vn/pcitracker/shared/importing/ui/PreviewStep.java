package vn.pcitracker.shared.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportSession;

/**
 * Step 3: how many rows are valid and how many have problems; every problem by row, column (the file's header) and
 * message in the user's language; and what the valid rows would become, as the module shows them.
 */
class PreviewStep<R> extends VerticalLayout {

    private static final String KEY = ImportWizard.KEY;

    private static final int ROWS_SHOWN_WHOLE = 8;

    final Paragraph summary = new Paragraph();
    private final Paragraph problemsCaption = new Paragraph();
    private final Paragraph recordsCaption = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<R> records = new Grid<>();
    private ImportSession session;

    PreviewStep() {
        setPadding(false);
        addClassName("import-step-preview");
        summary.addClassName("import-summary");
        problems.addClassName("import-problems");
        records.addClassName("import-records");
        problems.addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row()))
                .setHeader(getTranslation(KEY + "row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::columnHeader).setHeader(getTranslation(KEY + "column")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(problem -> problem.translate(this::getTranslation))
                .setHeader(getTranslation(KEY + "problem")).setFlexGrow(1);
        for (Grid<?> grid : List.of(problems, records)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        problemsCaption.setText(getTranslation(KEY + "problems"));
        recordsCaption.setText(getTranslation(KEY + "records"));
        for (Paragraph caption : List.of(problemsCaption, recordsCaption)) {
            caption.addClassName("import-caption");
            caption.getStyle().set("margin", "var(--lumo-space-s) 0 0").set("font-weight", "600");
        }
        records.setVisible(false);
        add(summary, problemsCaption, problems, recordsCaption, records);
    }

    /** Lets the module add the columns of its records. */
    void configure(Consumer<Grid<R>> recordColumns) {
        recordColumns.accept(records);
    }

    void show(ImportSession shown, ImportPreview<R> preview) {
        this.session = shown;
        long invalid = preview.rowsWithProblems();
        boolean fileRefused = preview.problems().stream().anyMatch(problem -> problem.row() == 0);
        summary.setText(fileRefused ? getTranslation(KEY + "fileRefused")
                : getTranslation(KEY + "summary", shown.rowCount() - invalid, invalid));
        problems.setItems(preview.problems());
        fit(problems, preview.problems().size(), problemsCaption);
        records.setItems(preview.records());
        fit(records, records.getColumns().isEmpty() ? 0 : preview.records().size(), recordsCaption);
    }

    /** A short list shows whole; a long one scrolls in a fixed height. */
    private static void fit(Grid<?> grid, int rows, Paragraph caption) {
        grid.setVisible(rows > 0);
        caption.setVisible(rows > 0);
        grid.setAllRowsVisible(rows <= ROWS_SHOWN_WHOLE);
        grid.setHeight(rows <= ROWS_SHOWN_WHOLE ? null : "16rem");
    }

    /** The file's header of the problem's column, or the template's label when no file column feeds it. */
    private String columnHeader(ImportProblem problem) {
        if (problem.column() == null) {
            return "";
        }
        String header = session.mapping().headerOf(problem.column());
        return header != null ? header : session.definition().column(problem.column())
                .map(ImportColumn::headerKey).map(this::getTranslation).orElse(problem.column());
    }
}

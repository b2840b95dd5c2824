package vn.pcitracker.shared.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.pcitracker.shared.importing.ColumnMapping;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportSession;
import vn.pcitracker.shared.importing.ReadSheet;

/**
 * Step 2: for every column of the file, its header, the first value and a choice of template column or "ignore",
 * pre-filled with the proposed mapping; the required template columns no file column feeds are listed.
 */
class MappingStep extends VerticalLayout {

    private static final String KEY = ImportWizard.KEY;
    /** The combo box item that ignores a file column. */
    static final String IGNORE = "";

    private final Paragraph sheetNote = new Paragraph();
    private final Paragraph missing = new Paragraph();
    private final Grid<Integer> columns = new Grid<>();
    private final List<ComboBox<String>> choices = new ArrayList<>();
    private ImportSession session;
    private boolean adjusting;

    MappingStep() {
        setPadding(false);
        addClassName("import-step-mapping");
        sheetNote.addClassName("import-sheet-note");
        missing.addClassName("import-missing");
        columns.addClassName("import-mapping");
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.setAllRowsVisible(true);
        columns.addColumn(index -> session.sheet().headers().get(index)).setHeader(getTranslation(KEY + "fileColumn"));
        columns.addColumn(this::example).setHeader(getTranslation(KEY + "example"));
        columns.addComponentColumn(index -> choices.get(index)).setHeader(getTranslation(KEY + "templateColumn"))
                .setFlexGrow(2);
        add(new Paragraph(getTranslation(KEY + "mappingHelp")), sheetNote, columns, missing);
    }

    void show(ImportSession shown) {
        this.session = shown;
        ReadSheet sheet = shown.sheet();
        sheetNote.setText(sheet.sheetCount() > 1
                ? getTranslation(KEY + "sheetNote", sheet.sheetName(), sheet.sheetCount()) : "");
        sheetNote.setVisible(sheet.sheetCount() > 1);
        choices.clear();
        adjusting = true;
        for (int index = 0; index < sheet.headers().size(); index++) {
            choices.add(choice(shown.definition(), index));
        }
        adjusting = false;
        columns.setItems(IntStream.range(0, sheet.headers().size()).boxed().toList());
        showMissing();
    }

    /** The combo box of a file column, for tests. */
    ComboBox<String> choice(int fileColumn) {
        return choices.get(fileColumn);
    }

    private ComboBox<String> choice(ImportDefinition definition, int index) {
        ComboBox<String> combo = new ComboBox<>();
        List<String> items = new ArrayList<>();
        items.add(IGNORE);
        definition.columns().forEach(column -> items.add(column.id()));
        combo.setItems(items);
        combo.setItemLabelGenerator(id -> label(definition, id));
        String mapped = session.mapping().columnId(index);
        combo.setValue(mapped == null ? IGNORE : mapped);
        combo.setWidthFull();
        combo.addClassName("import-mapping-choice");
        combo.getElement().setAttribute("aria-label", session.sheet().headers().get(index));
        combo.addValueChangeListener(event -> {
            if (!adjusting) {
                chosen(index, event.getValue());
            }
        });
        return combo;
    }

    private void chosen(int index, String columnId) {
        String id = columnId == null || columnId.equals(IGNORE) ? null : columnId;
        ColumnMapping mapping = session.mapping().with(index, id);
        session.map(mapping);
        adjusting = true;
        for (int i = 0; i < choices.size(); i++) {
            String mapped = mapping.columnId(i);
            choices.get(i).setValue(mapped == null ? IGNORE : mapped);
        }
        adjusting = false;
        showMissing();
    }

    private void showMissing() {
        List<ImportColumn> absent = session.mapping().missing(session.definition());
        missing.setVisible(!absent.isEmpty());
        missing.setText(getTranslation(KEY + "missingColumns", absent.stream()
                .map(column -> column.header(this::getTranslation)).collect(Collectors.joining(", "))));
    }

    private String label(ImportDefinition definition, String id) {
        if (id == null || id.equals(IGNORE)) {
            return getTranslation(KEY + "ignore");
        }
        ImportColumn column = definition.column(id).orElseThrow();
        return column.header(this::getTranslation) + (column.required() ? " *" : "");
    }

    private String example(int index) {
        return session.sheet().rows().stream().map(row -> row.cell(index)).filter(cell -> cell != null)
                .findFirst().orElse("");
    }
}

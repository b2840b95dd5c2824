package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.Importer;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/** The import of a register (agencies, associations, enterprises): its toolbar button and the wizard it opens. */
final class RegisterImports {

    private static final String KEY = "organization.RegisterImports.";

    private RegisterImports() {
    }

    static Button button(Runnable open) {
        Button button = new Button(VaadinIcon.UPLOAD.create(), click -> open.run());
        button.setText(button.getTranslation(KEY + "import"));
        button.addClassName("register-import");
        return button;
    }

    /** Opens the wizard; {@code imported} runs once rows are stored (to refresh the list). */
    static ImportWizard<OrganizationImportRow> open(ImportSessions sessions, ImportDefinition definition,
                                                   Function<List<ImportRow>, ImportPreview<OrganizationImportRow>> preview,
                                                   Importer importer, Runnable imported) {
        ImportWizard<OrganizationImportRow> wizard = new ImportWizard<>(sessions, definition, preview, importer)
                .withPreviewColumns(RegisterImports::columns)
                .onImported(result -> imported.run());
        wizard.open();
        return wizard;
    }

    private static void columns(Grid<OrganizationImportRow> grid) {
        grid.addColumn(OrganizationImportRow::row).setHeader(grid.getTranslation(KEY + "row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OrganizationImportRow::key).setHeader(grid.getTranslation(KEY + "key")).setAutoWidth(true);
        grid.addColumn(OrganizationImportRow::name).setHeader(grid.getTranslation(KEY + "name")).setFlexGrow(3);
        grid.addColumn(line -> grid.getTranslation(line.action().labelKey()))
                .setHeader(grid.getTranslation(KEY + "action")).setAutoWidth(true);
    }
}

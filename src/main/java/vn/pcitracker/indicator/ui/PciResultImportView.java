package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import vn.pcitracker.indicator.PciResultImportService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.ResultImportRow;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/**
 * Other provinces' published PCI results for comparison: the import wizard (template, upload, every row checked
 * with each problem by row and column, then all rows or none on confirmation) and the comparison chart of what is
 * stored.
 */
@Route("pci/results")
@Menu(title = "indicator.PciResultImportView.menu", order = 59, icon = "vaadin:upload")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER})
class PciResultImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "indicator.PciResultImportView.";

    private final PciResultImportService imports;
    private final ImportSessions importSessions;
    private final PciService pci;
    private final String provinceCode;
    private final PciResultsExport export;
    final VerticalLayout comparison = new VerticalLayout();

    PciResultImportView(PciResultImportService imports, ImportSessions importSessions, PciService pci,
                        @Value("${app.province.code}") String provinceCode) {
        this.imports = imports;
        this.importSessions = importSessions;
        this.pci = pci;
        this.provinceCode = provinceCode;
        addClassName("pci-result-import");
        Button importButton = new Button(getTranslation(KEY + "import"), VaadinIcon.UPLOAD.create(),
                click -> openImport());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClassName("pci-results-import");
        comparison.setPadding(false);
        this.export = new PciResultsExport(this, getLocale(), pci.subIndices());
        add(new Paragraph(getTranslation(KEY + "explanation")), importButton,
                new H3(getTranslation(KEY + "comparison")), new ExportButtons(PciResultsExport.FILE_NAME, this::export),
                comparison);
        showComparison();
    }

    /** Writes what the export buttons write: every stored result of every province. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, pci.results(provinceCode));
    }

    ImportWizard<ResultImportRow> openImport() {
        ImportWizard<ResultImportRow> wizard = new ImportWizard<>(importSessions, imports.importDefinition(),
                imports::previewImport, imports::importRows)
                .withPreviewColumns(this::previewColumns)
                .onImported(result -> showComparison());
        wizard.open();
        return wizard;
    }

    private void previewColumns(Grid<ResultImportRow> rows) {
        rows.addColumn(ResultImportRow::row).setHeader(getTranslation(KEY + "row")).setAutoWidth(true).setFlexGrow(0);
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
    }

    private void showComparison() {
        comparison.removeAll();
        comparison.add(new PciComparisonChart(pci.composites(provinceCode), getLocale(), this::getTranslation).chart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

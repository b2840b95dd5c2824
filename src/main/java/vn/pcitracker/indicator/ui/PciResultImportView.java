package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import vn.pcitracker.indicator.PciResultImportService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.ResultImportPreview;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * Other provinces' published PCI results for comparison: upload a CSV, read the preview (every row checked, every
 * problem by line and column), then confirm to import all rows, or none. The comparison chart shows what is stored.
 */
@Route("pci/results")
@Menu(title = "indicator.PciResultImportView.menu", order = 59, icon = "vaadin:upload")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER})
class PciResultImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "indicator.PciResultImportView.";

    private final PciResultImportService imports;
    private final PciService pci;
    private final String provinceCode;
    private final PciResultsExport export;
    final ImportPreviewPanel preview = new ImportPreviewPanel();
    final Button confirm = new Button();
    final VerticalLayout comparison = new VerticalLayout();
    private byte[] uploaded;

    PciResultImportView(PciResultImportService imports, PciService pci, @Value("${app.province.code}") String provinceCode) {
        this.imports = imports;
        this.pci = pci;
        this.provinceCode = provinceCode;
        addClassName("pci-result-import");
        byte[] template = imports.template().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(template), "pci_results_template.csv", "text/csv", template.length)),
                AttachmentType.DOWNLOAD, getTranslation(KEY + "template"));
        download.addClassName("template-download");
        Upload upload = new Upload(new Receiver());
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        confirm.setText(getTranslation(KEY + "confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("import-confirm");
        confirm.setEnabled(false);
        confirm.addClickListener(click -> importUploaded());
        comparison.setPadding(false);
        this.export = new PciResultsExport(this, getLocale(), pci.subIndices());
        add(new Paragraph(getTranslation(KEY + "explanation")), download, upload, preview, confirm,
                new H3(getTranslation(KEY + "comparison")), new ExportButtons(PciResultsExport.FILE_NAME, this::export),
                comparison);
        showComparison();
    }

    /** Writes what the export buttons write: every stored result of every province. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, pci.results(provinceCode));
    }

    /** Checks an uploaded file and shows the preview; tests call it directly, the upload does the same. */
    void receive(byte[] content) {
        show(content, imports.preview(content));
    }

    void importUploaded() {
        ResultImportPreview result = imports.importCsv(uploaded);
        uploaded = null;
        confirm.setEnabled(false);
        preview.show(result);
        if (result.imported()) {
            FormFeedback.success(this, KEY + "imported");
            showComparison();
        }
    }

    private void show(byte[] content, ResultImportPreview checked) {
        uploaded = checked.valid() ? content : null;
        confirm.setEnabled(checked.valid());
        preview.show(checked);
    }

    private void showComparison() {
        comparison.removeAll();
        comparison.add(new PciComparisonChart(pci.composites(provinceCode), getLocale(), this::getTranslation).chart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    /** Reads the file on the upload request's thread, which carries the user's security context. */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(4 * 1024 * 1024);
            }
            ResultImportPreview checked = imports.preview(content);
            ui.access(() -> show(content, checked));
        }
    }
}

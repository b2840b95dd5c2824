package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.pcitracker.indicator.DdciImportPreview;
import vn.pcitracker.indicator.DdciImportProblem;
import vn.pcitracker.indicator.DdciImportResult;
import vn.pcitracker.indicator.DdciImportRow;
import vn.pcitracker.indicator.DdciResultService;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.CsvUpload;

/**
 * Imports a DDCI results file in two steps: the preview checks every row and shows what would be stored, or every
 * problem by line and column; the import runs on confirmation only, all rows or none.
 */
class DdciImportDialog extends Dialog {

    private static final String KEY = "indicator.DdciImportDialog.";

    private final DdciResultService results;
    private final Runnable onImported;
    private final Paragraph outcome = new Paragraph();
    private final Grid<DdciImportRow> rows = new Grid<>();
    private final Grid<DdciImportProblem> problems = new Grid<>();
    private final Button confirm = new Button();
    private byte[] file;

    DdciImportDialog(DdciResultService results, Runnable onImported) {
        this.results = results;
        this.onImported = onImported;
        setHeaderTitle(getTranslation(KEY + "title"));
        setWidth("64rem");
        configureRows();
        configureProblems();
        outcome.setVisible(false);
        confirm.setText(getTranslation(KEY + "confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> confirm());
        add(new VerticalLayout(new Paragraph(getTranslation(KEY + "help")), upload(), outcome, problems, rows));
        getFooter().add(new Button(getTranslation(KEY + "close"), click -> close()), confirm);
    }

    /** The results screen's button that opens the dialog, for those who may import. */
    static Button button(Component owner, DdciResultService results, Runnable onImported) {
        Button button = new Button(owner.getTranslation("indicator.DdciResultsView.import"), VaadinIcon.UPLOAD.create(),
                click -> new DdciImportDialog(results, onImported).open());
        button.addClassName("ddci-import");
        return button;
    }

    /** The results screen's link to an empty file with the expected columns. */
    static Anchor templateLink(Component owner, DdciResultService results) {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = ("\uFEFF" + results.template()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "ddci-ket-qua-mau.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), owner.getTranslation("indicator.DdciResultsView.template"));
        template.addClassName("ddci-template");
        return template;
    }

    /** Previews one file; tests call it directly, the upload field does the same. */
    DdciImportPreview receive(byte[] content) {
        DdciImportPreview preview = results.preview(content);
        show(content, preview);
        return preview;
    }

    /** Imports the previewed file; returns null when there was nothing acceptable to import. */
    DdciImportResult confirm() {
        if (file == null) {
            return null;
        }
        DdciImportResult result = results.importCsv(file);
        if (result.accepted()) {
            Notification.show(getTranslation(KEY + "imported", result.inserted(), result.replaced(), result.unchanged()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onImported.run();
            close();
        } else {
            show(null, new DdciImportPreview(List.of(), result.problems()));
        }
        return result;
    }

    List<DdciImportProblem> shownProblems() {
        return problems.getListDataView().getItems().toList();
    }

    List<DdciImportRow> shownRows() {
        return rows.getListDataView().getItems().toList();
    }

    boolean canConfirm() {
        return confirm.isEnabled();
    }

    private void show(byte[] content, DdciImportPreview preview) {
        outcome.setVisible(true);
        file = preview.acceptable() ? content : null;
        confirm.setEnabled(file != null);
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        long replacing = preview.rows().stream().filter(DdciImportRow::replacesStored).count();
        outcome.setText(preview.acceptable()
                ? getTranslation(KEY + "acceptable", preview.rows().size(), replacing)
                : getTranslation(KEY + "refused", preview.problems().size()));
    }

    private void configureRows() {
        rows.addColumn(DdciImportRow::line).setHeader(getTranslation(KEY + "line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(DdciImportRow::catalogueCode).setHeader(getTranslation(KEY + "catalogue")).setAutoWidth(true);
        rows.addColumn(DdciImportRow::year).setHeader(getTranslation(KEY + "year")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(DdciImportRow::unitName).setHeader(getTranslation(KEY + "unit")).setFlexGrow(2);
        rows.addColumn(row -> row.agencyName() == null ? getTranslation(KEY + "noAgency") : row.agencyName())
                .setHeader(getTranslation(KEY + "agency")).setFlexGrow(2);
        rows.addColumn(row -> LocaleFormats.decimal(row.score(), 2, getLocale()))
                .setHeader(getTranslation(KEY + "score")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.rank() == null ? "" : String.valueOf(row.rank()))
                .setHeader(getTranslation(KEY + "rank")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.band() == null ? "" : row.band()).setHeader(getTranslation(KEY + "band"));
        rows.addColumn(row -> getTranslation(KEY + (row.replacesStored() ? "replaces" : "new")))
                .setHeader(getTranslation(KEY + "effect")).setAutoWidth(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.setHeight("16rem");
        rows.setVisible(false);
    }

    private void configureProblems() {
        problems.addColumn(problem -> problem.line() == 0 ? "" : String.valueOf(problem.line()))
                .setHeader(getTranslation(KEY + "line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation(KEY + "column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.args()))
                .setHeader(getTranslation(KEY + "problem")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
    }

    private Upload upload() {
        return CsvUpload.create(new Receiver(), this, KEY);
    }

    /** Previews on the upload request's thread (it carries the user's security context), shows through the UI. */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(3 * 1024 * 1024);
            }
            DdciImportPreview preview = results.preview(content);
            ui.access(() -> show(content, preview));
        }
    }
}

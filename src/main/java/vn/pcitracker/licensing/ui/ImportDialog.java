package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.ImportProblem;
import vn.pcitracker.licensing.ImportResult;
import vn.pcitracker.shared.ui.CsvUpload;

/**
 * Imports a CSV of conditional lines: shows the counts when the file is accepted, or every problem by line and
 * column when it is refused (then nothing was written).
 */
class ImportDialog extends Dialog {

    private static final String KEY = "licensing.ImportDialog.";

    private final ConditionalLineService lines;
    private final Runnable onImported;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();

    ImportDialog(ConditionalLineService lines, Runnable onImported) {
        this.lines = lines;
        this.onImported = onImported;
        setHeaderTitle(getTranslation(KEY + "title"));
        setWidth("48rem");
        Paragraph help = new Paragraph(getTranslation(KEY + "help"));
        problems.addColumn(problem -> problem.line() == 0 ? "" : String.valueOf(problem.line()))
                .setHeader(getTranslation(KEY + "line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation(KEY + "column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.args()))
                .setHeader(getTranslation(KEY + "problem")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        outcome.setVisible(false);
        add(new VerticalLayout(help, upload(), outcome, problems));
        getFooter().add(new Button(getTranslation(KEY + "close"), click -> close()));
    }

    /** Imports one file and shows the outcome; tests call it directly, the upload field does the same. */
    ImportResult receive(InputStream content) {
        ImportResult result = importFile(content);
        show(result);
        return result;
    }

    List<ImportProblem> shownProblems() {
        return problems.getListDataView().getItems().toList();
    }

    String shownOutcome() {
        return outcome.getText();
    }

    /** Touches no component, so it may run on the upload request's thread. */
    private ImportResult importFile(InputStream content) {
        try {
            return lines.importCsv(content);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    private void show(ImportResult result) {
        outcome.setVisible(true);
        if (result == null) {
            outcome.setText(getTranslation(KEY + "notAllowed"));
            problems.setVisible(false);
        } else if (result.accepted()) {
            outcome.setText(getTranslation(KEY + "accepted", result.inserted(), result.updated(), result.unchanged()));
            problems.setItems(List.of());
            problems.setVisible(false);
            onImported.run();
        } else {
            outcome.setText(getTranslation(KEY + "refused", result.problems().size()));
            problems.setItems(result.problems());
            problems.setVisible(true);
        }
    }

    private Upload upload() {
        return CsvUpload.create(new Receiver(), this, KEY);
    }

    /**
     * Hands the stream to the service on the upload request's thread (which carries the user's security context)
     * and shows the outcome through {@link UI#access}, since that thread does not hold the UI lock.
     */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            ImportResult result;
            try (InputStream content = event.getInputStream()) {
                result = importFile(content);
            }
            ui.access(() -> show(result));
        }
    }
}

package vn.pcitracker.shared.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportSession;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.Importer;

/**
 * The import dialog every module uses: (1) template and upload, (2) column mapping, (3) preview with every problem
 * by row and column, (4) the import of all rows or none, with a progress bar, then links to the records. The module
 * gives its definition, its check ({@code preview}) and its import, both service methods that own their transaction
 * and security; confirmation reads the file again and the module checks it again.
 * <pre>{@code
 * new ImportWizard<>(sessions, RecommendationImport.DEFINITION, service::previewImport, service::importRows)
 *         .withPreviewColumns(grid -> grid.addColumn(Draft::title).setHeader(...))
 *         .onImported(result -> list.refresh())
 *         .open();
 * }</pre>
 * Class names for tests: {@code import-step-upload|mapping|preview|result}, {@code import-template-xlsx|csv},
 * {@code import-upload}, {@code import-mapping}, {@code import-mapping-choice}, {@code import-missing},
 * {@code import-summary}, {@code import-problems}, {@code import-records}, {@code import-progress},
 * {@code import-result}, {@code import-links}, {@code import-back}, {@code import-check}, {@code import-confirm},
 * {@code import-close}.
 */
public class ImportWizard<R> extends Dialog {

    static final String KEY = "importing.ImportWizard.";
    private static final Logger log = LoggerFactory.getLogger(ImportWizard.class);
    private static final int POLL_MILLIS = 500;

    enum Step { UPLOAD, MAPPING, PREVIEW, RESULT }

    private final ImportSessions sessions;
    private final ImportDefinition definition;
    private final Function<List<ImportRow>, ImportPreview<R>> check;
    private final Importer importer;
    private final H4 stepTitle = new H4();
    private final UploadStep uploadStep;
    final MappingStep mappingStep = new MappingStep();
    final PreviewStep<R> previewStep = new PreviewStep<>();
    final ResultStep resultStep = new ResultStep();
    final Button back = new Button();
    final Button checkButton = new Button();
    final Button confirm = new Button();
    private final Button close = new Button();
    private Consumer<ImportResult> onImported = result -> { };
    private ImportSession session;
    private Step step;

    public ImportWizard(ImportSessions sessions, ImportDefinition definition,
                        Function<List<ImportRow>, ImportPreview<R>> preview, Importer importer) {
        this.sessions = sessions;
        this.definition = definition;
        this.check = preview;
        this.importer = importer;
        this.uploadStep = new UploadStep(definition, this::opened);
        setHeaderTitle(getTranslation(definition.titleKey()));
        setWidth("72rem");
        setMaxWidth("100%");
        addClassName("import-wizard");
        stepTitle.addClassName("import-step-title");
        add(stepTitle, uploadStep, mappingStep, previewStep, resultStep);
        footer();
        show(Step.UPLOAD);
    }

    /** The columns that show what each valid row would become in the preview. */
    public ImportWizard<R> withPreviewColumns(Consumer<Grid<R>> columns) {
        previewStep.configure(columns);
        return this;
    }

    /** Called once the import has stored the rows (e.g. to refresh a list). */
    public ImportWizard<R> onImported(Consumer<ImportResult> listener) {
        this.onImported = listener;
        return this;
    }

    /** What the upload does with a file, for tests: reads it, proposes a mapping and shows it. */
    public void receive(byte[] content, String fileName) {
        opened(content, fileName).run();
    }

    /** "Kiểm tra": checks the file under the mapping shown and shows the preview. */
    public ImportPreview<R> check() {
        ImportPreview<R> preview = session.preview(check);
        previewStep.show(session, preview);
        confirm.setEnabled(preview.valid());
        show(Step.PREVIEW);
        return preview;
    }

    /**
     * "Nhập": remembers a changed mapping, then imports in the background as the user, the progress polled; the
     * future completes once the import is done (the result is shown at the next UI round trip).
     */
    public CompletableFuture<ImportResult> confirm() {
        if (!confirm.isEnabled()) {
            return CompletableFuture.completedFuture(null);
        }
        sessions.rememberMapping(session);
        UI ui = UI.getCurrent();
        AtomicIntegerArray progress = new AtomicIntegerArray(2);
        resultStep.running(session.rowCount());
        show(Step.RESULT);
        ui.setPollInterval(POLL_MILLIS);
        Registration polling = ui.addPollListener(poll -> resultStep.progress(progress.get(0), progress.get(1)));
        ImportSession importing = session;
        return CompletableFuture.supplyAsync(() -> importing.commit(importer, (done, total) -> {
            progress.set(0, done);
            progress.set(1, total);
        }), sessions.background()).whenComplete((result, error) -> ui.access(() -> {
            polling.remove();
            ui.setPollInterval(-1);
            finished(result, error);
        }));
    }

    private Runnable opened(byte[] content, String fileName) {
        ImportSession opened = sessions.open(definition, content, fileName);
        return () -> {
            session = opened;
            if (!opened.sheet().readable()) {
                previewStep.show(opened, ImportPreview.refused(opened.fileProblems()));
                confirm.setEnabled(false);
                show(Step.PREVIEW);
            } else {
                mappingStep.show(opened);
                show(Step.MAPPING);
            }
        };
    }

    private void finished(ImportResult result, Throwable error) {
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause == null && result.accepted()) {
            resultStep.done(result);
            show(Step.RESULT);
            onImported.accept(result);
        } else if (cause == null || cause instanceof ValidationException) {
            List<ImportProblem> problems = cause == null ? result.problems()
                    : ((ValidationException) cause).violations().stream().map(ImportProblem::of).toList();
            previewStep.show(session, ImportPreview.refused(problems));
            confirm.setEnabled(false);
            show(Step.PREVIEW);
        } else if (cause instanceof AccessDeniedException) {
            resultStep.failed(getTranslation(KEY + "notAllowed"));
        } else {
            log.error("Import {} failed", definition.id(), cause);
            resultStep.failed(getTranslation(KEY + "failed"));
        }
    }

    private void footer() {
        back.setText(getTranslation(KEY + "back"));
        back.addClassName("import-back");
        back.addClickListener(click -> show(step == Step.PREVIEW && session.sheet().readable() ? Step.MAPPING : Step.UPLOAD));
        checkButton.setText(getTranslation(KEY + "check"));
        checkButton.addClassName("import-check");
        checkButton.addThemeVariants(ButtonVariant.PRIMARY);
        checkButton.addClickListener(click -> check());
        confirm.setText(getTranslation(KEY + "confirm"));
        confirm.addClassName("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> confirm());
        close.setText(getTranslation(KEY + "close"));
        close.addClassName("import-close");
        close.addClickListener(click -> close());
        getFooter().add(close, back, checkButton, confirm);
    }

    private void show(Step shown) {
        step = shown;
        stepTitle.setText(getTranslation(KEY + "step" + shown.ordinal(), shown.ordinal() + 1, Step.values().length));
        uploadStep.setVisible(shown == Step.UPLOAD);
        mappingStep.setVisible(shown == Step.MAPPING);
        previewStep.setVisible(shown == Step.PREVIEW);
        resultStep.setVisible(shown == Step.RESULT);
        back.setVisible(shown == Step.MAPPING || shown == Step.PREVIEW);
        checkButton.setVisible(shown == Step.MAPPING);
        confirm.setVisible(shown == Step.PREVIEW);
        if (shown != Step.PREVIEW) {
            confirm.setEnabled(false);
        }
    }
}

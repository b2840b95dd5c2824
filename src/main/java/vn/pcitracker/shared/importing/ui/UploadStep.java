package vn.pcitracker.shared.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLimits;
import vn.pcitracker.shared.importing.ImportTemplate;

/**
 * Step 1: the template to download (xlsx or CSV, headers in the user's language) and the upload of the filled file.
 * The file's bytes (at most one beyond the limit) go to the wizard on the upload request's thread.
 */
class UploadStep extends VerticalLayout {

    private static final String KEY = ImportWizard.KEY;

    /** What to do with an uploaded file. */
    @FunctionalInterface
    interface FileReceiver {

        /**
         * Called on the upload request's thread (no UI lock, the user's security context) with the file's bytes; the
         * returned task then runs with the UI lock.
         */
        Runnable receive(byte[] content, String fileName);
    }

    UploadStep(ImportDefinition definition, FileReceiver received) {
        setPadding(false);
        addClassName("import-step-upload");
        ImportLimits limits = ImportLimits.of(definition);
        add(new Paragraph(getTranslation(KEY + "uploadHelp", limits.maxMegabytes(), definition.maxRows())));
        HorizontalLayout templates = new HorizontalLayout(new Paragraph(getTranslation(KEY + "template")),
                template(definition, ExportFormat.XLSX), template(definition, ExportFormat.CSV));
        templates.setAlignItems(Alignment.BASELINE);
        add(templates, upload(limits, received));
    }

    private Anchor template(ImportDefinition definition, ExportFormat format) {
        Locale locale = getLocale();
        UnaryOperator<String> texts = texts(definition);
        String baseName = ImportTemplate.baseName(texts.apply(definition.titleKey()));
        DownloadHandler handler = event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                ImportTemplate.write(definition, format, out, locale, texts);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        Button button = new Button(getTranslation(KEY + "template" + format.name()), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.addClassName("import-template-" + format.extension());
        return anchor;
    }

    /** The texts the template needs, translated now: the download runs later, outside the UI. */
    private UnaryOperator<String> texts(ImportDefinition definition) {
        Map<String, String> texts = new HashMap<>();
        texts.put(definition.titleKey(), getTranslation(definition.titleKey()));
        definition.columns().stream().filter(column -> column.label() == null)
                .forEach(column -> texts.put(column.headerKey(), getTranslation(column.headerKey())));
        return texts::get;
    }

    private Upload upload(ImportLimits limits, FileReceiver received) {
        Upload upload = new Upload(new Receiver(limits, received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(KEY + "addFile"))
                        .setMany(getTranslation(KEY + "addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation(KEY + "dropFile"))
                        .setMany(getTranslation(KEY + "dropFile")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("importing.SpreadsheetReader.tooLarge", limits.maxMegabytes()))
                        .setIncorrectFileType(getTranslation(KEY + "wrongType"))
                        .setTooManyFiles(getTranslation(KEY + "oneFile"))));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.addClassName("import-upload");
        return upload;
    }

    private record Receiver(ImportLimits limits, FileReceiver received) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) limits.maxBytes() + 1);
            }
            ui.access(received.receive(content, event.getFileName())::run);
        }
    }
}

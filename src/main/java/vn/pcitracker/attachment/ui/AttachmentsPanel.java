package vn.pcitracker.attachment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.FileType;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * The files of one record: name (a download link), size, upload date and uploader, and, for users who may
 * change the record, an upload field and a remove button. Embed it in a view with the record's owner type
 * and id, and whether the user may write, as the owning module's policy says; the service checks again.
 */
public class AttachmentsPanel extends Composite<VerticalLayout> {

    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AttachmentService service;
    private final String ownerType;
    private final long ownerId;
    private final Grid<AttachmentInfo> grid = new Grid<>();

    public AttachmentsPanel(AttachmentService service, String ownerType, long ownerId, boolean canWrite) {
        this.service = service;
        this.ownerType = ownerType;
        this.ownerId = ownerId;

        grid.addComponentColumn(this::downloadLink).setKey("name")
                .setHeader(getTranslation("attachment.AttachmentsPanel.name")).setFlexGrow(3);
        grid.addColumn(info -> formatSize(info.sizeBytes(), getLocale())).setKey("size")
                .setHeader(getTranslation("attachment.AttachmentsPanel.size")).setAutoWidth(true);
        grid.addColumn(info -> LocaleFormats.date(info.uploadedAt().atZone(PROVINCE_TIME).toLocalDate(), getLocale()))
                .setKey("uploadedOn").setHeader(getTranslation("attachment.AttachmentsPanel.uploadedOn")).setAutoWidth(true);
        grid.addColumn(AttachmentInfo::uploadedByName).setKey("uploadedBy")
                .setHeader(getTranslation("attachment.AttachmentsPanel.uploadedBy")).setFlexGrow(2);
        if (canWrite) {
            grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("attachment.AttachmentsPanel.none"));

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("attachment.AttachmentsPanel.title")), grid);
        if (canWrite) {
            layout.add(upload());
        }
        refresh();
    }

    /** Reads the record's files again, for example after another user changed them. */
    public void refresh() {
        grid.setItems(service.list(ownerType, ownerId));
    }

    /**
     * Stores one uploaded file and shows the outcome; returns whether it was stored. Tests call it directly;
     * the upload field does the same in two steps (see {@link Receiver}).
     */
    boolean receive(String filename, InputStream content) {
        return show(store(filename, content));
    }

    /** The service's refusal, if any; touches no component, so it may run outside the UI lock. */
    private RuntimeException store(String filename, InputStream content) {
        try {
            service.store(ownerType, ownerId, filename, content);
            return null;
        } catch (ValidationException | AccessDeniedException | RecordNotFoundException e) {
            return e;
        }
    }

    private boolean show(RuntimeException refusal) {
        if (refusal == null) {
            refresh();
            FormFeedback.success(this, "attachment.AttachmentsPanel.stored");
            return true;
        }
        if (refusal instanceof ValidationException invalid) {
            FormFeedback.error(this, invalid.violations().stream()
                    .map(violation -> violation.translate(this::getTranslation))
                    .collect(Collectors.joining(" ")));
        } else {
            FormFeedback.error(this, getTranslation("attachment.AttachmentsPanel.notAllowed"));
        }
        return false;
    }

    void remove(AttachmentInfo info) {
        try {
            service.remove(info.id());
            FormFeedback.success(this, "attachment.AttachmentsPanel.removed");
        } catch (AccessDeniedException | RecordNotFoundException e) {
            FormFeedback.error(this, getTranslation("attachment.AttachmentsPanel.notAllowed"));
        }
        refresh();
    }

    List<AttachmentInfo> shownFiles() {
        return grid.getListDataView().getItems().toList();
    }

    /** "512 B", "12,5 KB", "3,2 MB" in Vietnamese; the same with a decimal point in English. */
    static String formatSize(long bytes, Locale locale) {
        if (bytes < 1024) {
            return LocaleFormats.integer(bytes, locale) + " B";
        }
        if (bytes < 1024 * 1024) {
            return LocaleFormats.decimal(BigDecimal.valueOf(bytes / 1024.0), 1, locale) + " KB";
        }
        return LocaleFormats.decimal(BigDecimal.valueOf(bytes / (1024.0 * 1024.0)), 1, locale) + " MB";
    }

    private Anchor downloadLink(AttachmentInfo info) {
        Anchor link = new Anchor(info.downloadPath(), info.filename());
        // A plain request to the download endpoint, not a navigation inside the application.
        link.setRouterIgnore(true);
        link.setDownload(true);
        return link;
    }

    private Button removeButton(AttachmentInfo info) {
        Button button = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(info));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(getTranslation("attachment.AttachmentsPanel.remove"));
        button.setTooltipText(getTranslation("attachment.AttachmentsPanel.remove"));
        return button;
    }

    private void confirmRemoval(AttachmentInfo info) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("attachment.AttachmentsPanel.confirmTitle"),
                getTranslation("attachment.AttachmentsPanel.confirmText", info.filename()),
                getTranslation("attachment.AttachmentsPanel.remove"), confirmed -> remove(info));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("attachment.AttachmentsPanel.cancel"));
        dialog.open();
    }

    private Upload upload() {
        Upload upload = new Upload(new Receiver());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxBytes()));
        upload.setAcceptedFileTypes(FileType.acceptedExtensions());
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.AttachmentsPanel.addFile"))
                        .setMany(getTranslation("attachment.AttachmentsPanel.addFiles")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.AttachmentsPanel.dropFile"))
                        .setMany(getTranslation("attachment.AttachmentsPanel.dropFiles")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("attachment.AttachmentService.tooLarge",
                                service.maxBytes() / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("attachment.AttachmentService.typeNotAllowed"))
                        .setTooManyFiles(getTranslation("attachment.AttachmentsPanel.tooManyFiles"))));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    /**
     * Hands the uploaded stream straight to the service, which reads at most the limit: nothing is buffered
     * here. The service runs on the upload request's thread (which carries the user's security context); the
     * outcome is shown through {@link UI#access}, since that thread does not hold the UI lock.
     */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            RuntimeException refusal;
            try (InputStream content = event.getInputStream()) {
                refusal = store(event.getFileName(), content);
            }
            ui.access(() -> show(refusal));
        }
    }
}

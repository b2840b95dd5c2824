package vn.pcitracker.attachment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;

class AttachmentsPanelTest extends ViewTestBase {

    /** The owner type of the test policy in vn.pcitracker.attachment: investment officers write, leaders read. */
    private static final String OWNER = "TEST_OWNER";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = "MZ\u0090\0\3\0\0\0This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    private AttachmentService service;

    private final long ownerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);

    @Test
    void anUploadedFileIsListedWithADownloadLinkItsSizeDateAndUploader() {
        signInAs("investment");
        AttachmentsPanel panel = show(true);

        assertThat(panel.receive("Biên bản họp.pdf", new ByteArrayInputStream(PDF))).isTrue();

        AttachmentInfo stored = panel.shownFiles().getFirst();
        Grid<?> grid = _get(panel, Grid.class);
        Anchor link = (Anchor) _getCellComponent(grid, 0, "name");
        assertThat(link.getText()).isEqualTo("Biên bản họp.pdf");
        assertThat(link.getHref()).isEqualTo("attachments/" + stored.id());
        assertThat(link.isRouterIgnore()).isTrue();
        String today = LocaleFormats.date(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), AppLocales.VIETNAMESE);
        assertThat(_getFormattedRow(grid, 0)).contains(PDF.length + " B", today, stored.uploadedByName());
        NotificationsKt.expectNotifications("Đã lưu tệp đính kèm.");
    }

    @Test
    void aRefusedFileIsExplainedInTheUsersLanguageAndNotListed() {
        signInAs("investment");
        AttachmentsPanel panel = show(true);

        assertThat(panel.receive("cong-van.pdf", new ByteArrayInputStream(EXE))).isFalse();

        assertThat(panel.shownFiles()).isEmpty();
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(notification -> assertThat(notification.getElement().getProperty("text"))
                        .startsWith("Loại tệp này không được chấp nhận."));
    }

    @Test
    void removingAFileAsksForConfirmationThenTakesItOffTheList() {
        signInAs("investment");
        AttachmentsPanel panel = show(true);
        panel.receive("a.pdf", new ByteArrayInputStream(PDF));
        NotificationsKt.clearNotifications();

        _click((Button) _getCellComponent(_get(panel, Grid.class), 0, "remove"));
        assertThat(panel.shownFiles()).as("nothing removed before confirming").hasSize(1);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(panel.shownFiles()).isEmpty();
        assertThat(service.list(OWNER, ownerId)).isEmpty();
        NotificationsKt.expectNotifications("Đã gỡ tệp đính kèm.");
    }

    @Test
    void aReaderSeesTheFilesButNoUploadOrRemoveButton() {
        signInAs("investment");
        service.store(OWNER, ownerId, "a.pdf", new ByteArrayInputStream(PDF));

        signInAs("leader");
        AttachmentsPanel panel = show(false);

        assertThat(panel.shownFiles()).hasSize(1);
        _assertNone(panel, Upload.class);
        assertThat(_get(panel, Grid.class).getColumnByKey("remove")).isNull();
    }

    @Test
    void sizesAreWrittenInTheUsersLocale() {
        assertThat(AttachmentsPanel.formatSize(512, AppLocales.VIETNAMESE)).isEqualTo("512 B");
        assertThat(AttachmentsPanel.formatSize(12_800, AppLocales.VIETNAMESE)).isEqualTo("12,5 KB");
        assertThat(AttachmentsPanel.formatSize(12_800, AppLocales.ENGLISH)).isEqualTo("12.5 KB");
        assertThat(AttachmentsPanel.formatSize(3_355_443, AppLocales.VIETNAMESE)).isEqualTo("3,2 MB");
    }

    private AttachmentsPanel show(boolean canWrite) {
        AttachmentsPanel panel = new AttachmentsPanel(service, OWNER, ownerId, canWrite);
        UI.getCurrent().add(panel);
        return panel;
    }
}

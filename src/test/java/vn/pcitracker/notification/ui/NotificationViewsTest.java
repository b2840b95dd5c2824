package vn.pcitracker.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.notification.MailMode;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.notification.NotificationService;
import vn.pcitracker.notification.OutboxEntry;
import vn.pcitracker.notification.TemplateSummary;

class NotificationViewsTest extends ViewTestBase {

    @Autowired NotificationService notifications;

    @Test
    void inDemoModeTheOutboxSaysSendingIsOffAndListsWhatWouldHaveBeenSent() {
        signInAs("admin");

        OutboxView view = navigateTo(OutboxView.class);

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("outbox-sending")).getText())
                .startsWith("Đang tắt gửi thư");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(view, Grid.class);
        assertThat(rows(grid)).as("the demo recommendations' mails, among others").isNotEmpty()
                .anyMatch(entry -> entry.to().endsWith("@demo.pcitracker.example"));
    }

    @Test
    void aTemplateWithAPlaceholderItsKindDoesNotFillIsNotSaved() {
        signInAs("admin");
        NotificationTemplateListView view = navigateTo(NotificationTemplateListView.class);
        @SuppressWarnings("unchecked")
        Grid<TemplateSummary> grid = _get(view, Grid.class);
        int row = rows(grid).indexOf(rows(grid).stream()
                .filter(t -> t.kind() == NotificationKind.ISSUE_ANSWERED && t.language().equals("vi")).findFirst().orElseThrow());
        _click((Button) _getCellComponent(grid, row, "edit"));

        NotificationTemplateDialog dialog = _get(NotificationTemplateDialog.class);
        TextField subject = _get(dialog, TextField.class);
        subject.setValue("Đã trả lời trước {deadline}");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Tham số không dùng được cho loại thông báo này: {deadline}");
        dialog.close();
    }

    @Test
    void theNotificationsPageKeepsTheUsersMailChoice() {
        signInAs("leader");
        NotificationListView view = navigateTo(NotificationListView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MailMode> mailMode = _get(view, RadioButtonGroup.class);

        mailMode.setValue(MailMode.DIGEST);
        try {
            assertThat(notifications.mailMode()).isEqualTo(MailMode.DIGEST);
        } finally {
            mailMode.setValue(MailMode.IMMEDIATE);
        }
        assertThat(notifications.mailMode()).isEqualTo(MailMode.IMMEDIATE);
    }
}

package vn.pcitracker.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.notification.MailMode;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.notification.NotificationService;
import vn.pcitracker.notification.OutboxEntry;
import vn.pcitracker.notification.OutboxStatus;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFiles;

class NotificationViewsTest extends ViewTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired ApplicationContext context;
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

    @Test
    void theNotificationsFileHoldsOnlyTheUsersOwnWithTheDayAsADateCell() {
        IssueDetails ours = assignedTo("S-XD");
        IssueDetails theirs = assignedTo("S-TC");
        signInAs("agency");
        NotificationListView view = navigateTo(NotificationListView.class);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Ngày", "Giờ", "Loại", "Thông báo", "Trạng thái");
        String text = "Kiến nghị " + ours.code() + " được giao cho đơn vị chủ trì";
        assertThat(ExportFiles.values(rows, "Thông báo")).contains(text).noneMatch(t -> t.contains(theirs.code()));
        Row row = ExportFiles.rowWith(rows, "Thông báo", text);
        assertThat(ExportFiles.dateCell(row, 0)).isEqualTo(TODAY);
        assertThat(row.getCellText(1)).matches("\\d\\d:\\d\\d");
        assertThat(ExportFiles.texts(row).subList(2, 5)).containsExactly("Kiến nghị được giao", text, "Chưa đọc");

        reloadIn(Locale.ENGLISH);
        List<List<String>> csv = ExportFiles.csv(navigateTo(NotificationListView.class)::export);
        assertThat(csv.getFirst()).containsExactly("Date", "Time", "Kind", "Notification", "Status");
        assertThat(csv).anySatisfy(record -> assertThat(record.get(3))
                .isEqualTo("Recommendation " + ours.code() + " assigned to your agency"));
    }

    @Test
    void theOutboxFileHoldsTheMailsOfTheStatusShownWithBodies() {
        IssueDetails assigned = assignedTo("S-XD");
        signInAs("admin");
        OutboxView view = navigateTo(OutboxView.class);
        @SuppressWarnings("unchecked")
        ComboBox<OutboxStatus> status = _get(view, ComboBox.class);

        status.setValue(OutboxStatus.PENDING);
        List<Row> pending = ExportFiles.xlsx(view::export);
        status.setValue(OutboxStatus.FAILED);
        List<Row> failed = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(pending)).startsWith("Ngày tạo", "Giờ tạo", "Người nhận", "Tiêu đề", "Thư tổng hợp",
                "Trạng thái", "Số lần gửi").endsWith("Nội dung thư");
        String subject = "Kiến nghị " + assigned.code() + " được giao cho đơn vị chủ trì";
        Row mail = ExportFiles.rowWith(pending, "Tiêu đề", subject);
        assertThat(ExportFiles.dateCell(mail, 0)).isEqualTo(TODAY);
        assertThat(mail.getCellText(ExportFiles.column(pending, "Nội dung thư"))).contains(assigned.title());
        assertThat(ExportFiles.values(pending, "Trạng thái")).containsOnly("Chờ gửi");
        assertThat(ExportFiles.values(failed, "Tiêu đề")).doesNotContain(subject);
    }

    @Test
    void theTemplatesFileHoldsEveryKindInBothLanguagesWithItsBody() {
        signInAs("admin");
        reloadIn(Locale.ENGLISH);
        NotificationTemplateListView view = navigateTo(NotificationTemplateListView.class);

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).containsExactly("Kind", "Kind code", "Language", "Subject", "Body");
        assertThat(csv.subList(1, csv.size())).hasSize(2 * NotificationKind.values().length)
                .anySatisfy(record -> assertThat(record).startsWith("Recommendation answered", "ISSUE_ANSWERED", "Vietnamese"));
    }

    /** A recommendation logged and assigned by the demo investment officer: the agency's officers are told. */
    private IssueDetails assignedTo(String agencyCode) {
        TestLogins.signIn(context, "investment");
        IssueService issues = context.getBean(IssueService.class);
        DdciService ddci = context.getBean(DdciService.class);
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
        long association = context.getBean(AssociationService.class).findByCode("HHDN-HP").orElseThrow().id();
        String title = "Kiến nghị xuất thông báo " + UUID.randomUUID();
        IssueDetails created = issues.create(new NewIssue(title, "Nội dung " + title, IssueChannel.HOTLINE, null, field,
                IssuePriority.NORMAL, List.of(), List.of(association), Set.of(component), false, null));
        IssueDetails classified = issues.classify(created.id(), null, created.version());
        long agency = context.getBean(AgencyService.class).findByCode(agencyCode).orElseThrow().id();
        IssueDetails assigned = issues.assign(created.id(), new Assignment(agency, Set.of(), null, null), classified.version());
        TestLogins.signOut();
        return assigned;
    }
}

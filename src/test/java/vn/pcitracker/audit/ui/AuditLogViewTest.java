package vn.pcitracker.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.audit.AuditEntry;
import vn.pcitracker.audit.AuditOutcome;
import vn.pcitracker.audit.AuditTrail;
import vn.pcitracker.shared.export.ExportFiles;

class AuditLogViewTest extends ViewTestBase {

    @Autowired AuditTrail trail;

    private AuditLogView view;
    private String marker;

    @BeforeEach
    void openAsAdministrator() {
        signInAs("admin");
        marker = UUID.randomUUID().toString();
        trail.record("test.view", "test", marker, AuditOutcome.SUCCESS, "<script>alert(1)</script>\r\nsecond line");
        trail.record("test.view", "test", marker, AuditOutcome.FAILED, "later");
        view = navigateTo(AuditLogView.class);
    }

    @Test
    void theNewestRecordsComeFirstAndTheTargetFilterNarrowsTheList() {
        assertThat(GridKt._get(grid(), 0).id()).isGreaterThan(GridKt._get(grid(), 1).id());

        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Mã đối tượng")), marker);
        _click(_get(view, Button.class, spec -> spec.withText("Lọc")));

        List<AuditEntry> shown = rows(grid());
        assertThat(shown).extracting(AuditEntry::details).containsExactly("later", "<script>alert(1)</script>\\r\\nsecond line");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOutcomeFilterKeepsOnlyThatOutcome() {
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Mã đối tượng")), marker);
        Select<AuditOutcome> outcome = _get(view, Select.class, spec -> spec.withLabel("Kết quả"));
        _setValue(outcome, AuditOutcome.FAILED);
        _click(_get(view, Button.class, spec -> spec.withText("Lọc")));

        assertThat(rows(grid())).extracting(AuditEntry::details).containsExactly("later");
    }

    @Test
    void theExcelFileHoldsTheFilteredRecordsWithTheirTextAsText() {
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Mã đối tượng")), marker);
        _click(_get(view, Button.class, spec -> spec.withText("Lọc")));

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Số thứ tự", "Thời điểm (UTC)", "Người thực hiện", "Vai trò",
                "Mã thao tác", "Thao tác", "Loại đối tượng", "Mã đối tượng", "Kết quả", "Địa chỉ IP", "Chi tiết");
        assertThat(ExportFiles.values(rows, "Chi tiết")).containsExactly("later", "<script>alert(1)</script>\\r\\nsecond line");
        assertThat(ExportFiles.values(rows, "Kết quả")).containsExactly("Thất bại", "Thành công");
        assertThat(ExportFiles.values(rows, "Người thực hiện")).containsOnly("admin");
    }

    @Test
    void theCsvInEnglishHasEnglishHeaders() {
        reloadIn(Locale.ENGLISH);
        view = navigateTo(AuditLogView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Target id")), marker);
        _click(_get(view, Button.class, spec -> spec.withText("Filter")));

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).containsExactly("Number", "Time (UTC)", "Actor", "Role", "Action code", "Action", "Target type",
                "Target id", "Outcome", "IP address", "Details");
        assertThat(csv).hasSize(3);
    }

    @Test
    void actionsShowReadableLabelsInVietnameseAndEnglishFallingBackToTheirCode() {
        String labelled = UUID.randomUUID().toString();
        for (String code : new String[] {"AccountService.changeMyLanguage", "IssueService.edit", "SomeNewService.doIt", "login"}) {
            trail.record(code, "test", labelled, AuditOutcome.SUCCESS, null);
        }
        assertThat(columnFor(labelled, "action", "Mã đối tượng", "Lọc")).containsExactly("Đăng nhập", "SomeNewService.doIt",
                "Kiến nghị: sửa thông tin", "Tài khoản: đổi ngôn ngữ của mình");

        reloadIn(Locale.ENGLISH);
        view = navigateTo(AuditLogView.class);
        assertThat(columnFor(labelled, "action", "Target id", "Filter")).containsExactly("Sign-in", "SomeNewService.doIt",
                "Recommendation: edited", "Account: own language changed");
    }

    @Test
    void targetTypesAndRolesShowReadableLabelsFallingBackToWhatIsStored() {
        String target = UUID.randomUUID().toString();
        trail.record("BottleneckService.move", "Bottleneck", target, AuditOutcome.SUCCESS, null);
        trail.record("access", "BottleneckService", target, AuditOutcome.REFUSED, "BottleneckService.move");
        trail.record("test.view", "Gadget", target, AuditOutcome.SUCCESS, null);

        assertThat(columnFor(target, "target", "Mã đối tượng", "Lọc"))
                .containsExactly("Gadget " + target, "Điểm nghẽn " + target, "Điểm nghẽn " + target);
        assertThat(columnFor(target, "role", "Mã đối tượng", "Lọc")).containsOnly("Quản trị hệ thống");

        reloadIn(Locale.ENGLISH);
        view = navigateTo(AuditLogView.class);
        assertThat(columnFor(target, "target", "Target id", "Filter"))
                .containsExactly("Gadget " + target, "Bottleneck " + target, "Bottleneck " + target);
        assertThat(columnFor(target, "role", "Target id", "Filter")).containsOnly("Administrator");
    }

    @Test
    void theActionFilterFindsACodeByItsBeginningOrByPartOfItsLabel() {
        String target = UUID.randomUUID().toString();
        trail.record("BottleneckService.move", "Bottleneck", target, AuditOutcome.SUCCESS, null);
        trail.record("BottleneckService.verify", "Bottleneck", target, AuditOutcome.SUCCESS, null);
        trail.record("IssueService.assign", "Issue", target, AuditOutcome.SUCCESS, null);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Mã đối tượng")), target);
        TextField action = _get(view, TextField.class, spec -> spec.withLabel("Thao tác"));

        _setValue(action, "chuyển bước");
        assertThat(columnFor(target, "action", "Mã đối tượng", "Lọc")).containsExactly("Điểm nghẽn: chuyển bước xử lý");
        _setValue(action, "diem nghen");
        assertThat(columnFor(target, "action", "Mã đối tượng", "Lọc"))
                .containsExactly("Điểm nghẽn: kiểm chứng đã khắc phục", "Điểm nghẽn: chuyển bước xử lý");
        _setValue(action, "IssueService");
        assertThat(columnFor(target, "action", "Mã đối tượng", "Lọc")).containsExactly("Kiến nghị: giao cơ quan xử lý");
    }

    @Test
    void theExportKeepsTheStoredCodesBesideTheActionLabel() {
        String target = UUID.randomUUID().toString();
        trail.record("BottleneckService.move", "Bottleneck", target, AuditOutcome.SUCCESS, null);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Mã đối tượng")), target);
        _click(_get(view, Button.class, spec -> spec.withText("Lọc")));

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.values(rows, "Mã thao tác")).containsExactly("BottleneckService.move");
        assertThat(ExportFiles.values(rows, "Thao tác")).containsExactly("Điểm nghẽn: chuyển bước xử lý");
        assertThat(ExportFiles.values(rows, "Loại đối tượng")).containsExactly("Bottleneck");
        assertThat(ExportFiles.values(rows, "Vai trò")).containsExactly("ADMIN");
    }

    /** The column as shown for the records of one target id, newest first. */
    private List<String> columnFor(String target, String column, String targetLabel, String apply) {
        _setValue(_get(view, TextField.class, spec -> spec.withLabel(targetLabel)), target);
        _click(_get(view, Button.class, spec -> spec.withText(apply)));
        return java.util.stream.IntStream.range(0, GridKt._size(grid()))
                .mapToObj(row -> GridKt._getFormatted(grid(), row, column)).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return _get(view, Grid.class);
    }
}

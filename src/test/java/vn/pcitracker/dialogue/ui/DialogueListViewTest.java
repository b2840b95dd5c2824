package vn.pcitracker.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import vn.pcitracker.dialogue.DialogueForm;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFiles;

class DialogueListViewTest extends ViewTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired ApplicationContext context;
    @Autowired DialogueService dialogues;
    @Autowired AgencyService agencies;
    @Autowired AssociationService associations;

    @Test
    void searchingWithoutDiacriticsFindsTheMarchDemoSession() {
        signInAs("investment");
        DialogueListView view = navigateTo(DialogueListView.class);

        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tiêu đề, địa điểm, chủ trì")),
                "hoi nghi doi thoai doanh nghiep dinh ky thang 3/2026");

        assertThat(rows(grid(view))).extracting(DialogueSummary::title)
                .containsExactly("Hội nghị đối thoại doanh nghiệp định kỳ tháng 3/2026");
    }

    @Test
    void aDateMoreThanAYearAheadIsShownOnTheDateFieldAndNothingIsSaved() {
        signInAs("investment");
        DialogueListView view = navigateTo(DialogueListView.class);
        String title = "Phiên quá xa " + UUID.randomUUID().toString().substring(0, 8);

        DialogueFormDialog dialog = openNewSessionDialog(view);
        fill(dialog, title, TODAY.plusYears(2));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        DatePicker heldOn = _get(dialog, DatePicker.class, spec -> spec.withLabel("Ngày tổ chức"));
        assertThat(heldOn.getI18n().getDateFormats()).as("Vietnamese dates").containsExactly("dd/MM/yyyy");
        assertThat(heldOn.isInvalid()).isTrue();
        assertThat(heldOn.getErrorMessage()).isEqualTo("Ngày tổ chức không được quá một năm kể từ hôm nay");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialogues.list(title, null, null)).isEmpty();
    }

    @Test
    void anOfficerLogsASessionThroughTheDialogAndSeesItInTheList() {
        signInAs("investment");
        DialogueListView view = navigateTo(DialogueListView.class);
        String title = "Phiên lập từ giao diện " + UUID.randomUUID().toString().substring(0, 8);

        DialogueFormDialog dialog = openNewSessionDialog(view);
        fill(dialog, title, TODAY.minusDays(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(grid(view))).extracting(DialogueSummary::title).contains(title);
    }

    @Test
    void aLeaderSeesTheSessionsButNoButtonToLogOne() {
        signInAs("leader");
        DialogueListView view = navigateTo(DialogueListView.class);

        assertThat(rows(grid(view))).isNotEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withText("Thêm phiên đối thoại")))
                .allSatisfy(button -> assertThat(button.isVisible()).isFalse());
    }

    @Test
    void theExcelFileHoldsTheSessionsOfTheSearchAndYearWithTheirDateAsADateCell() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        DialogueSummary thisYear = session("Đối thoại logistics " + tag, LocalDate.of(2026, 3, 12));
        DialogueSummary lastYear = session("Đối thoại logistics " + tag, LocalDate.of(2025, 9, 4));
        signInAs("investment");
        DialogueListView view = navigateTo(DialogueListView.class);
        _setValue(_get(view, TextField.class), tag);
        _setValue(_get(view, IntegerField.class), 2026);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Ngày tổ chức", "Hình thức", "Tiêu đề", "Địa điểm",
                "Cơ quan chủ trì", "Người chủ trì", "Hiệp hội tham dự", "Số doanh nghiệp tham dự", "Dữ liệu demo");
        assertThat(rows).hasSize(2);
        assertThat(ExportFiles.dateCell(rows.get(1), 0)).isEqualTo(thisYear.heldOn()).isNotEqualTo(lastYear.heldOn());
        assertThat(ExportFiles.texts(rows.get(1))).containsSequence("Đối thoại định kỳ hằng tháng", "Đối thoại logistics " + tag,
                "Cung văn hóa Lao động", "Sở Tài chính", "Phó Chủ tịch UBND", "Hiệp hội Doanh nghiệp thành phố Hải Phòng");
        assertThat(rows.get(1).getCell(7).asNumber()).isEqualByComparingTo("120");
    }

    @Test
    void theCsvInEnglishHasEnglishHeadersAndIsoDates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        session("Hội nghị tiếng Anh " + tag, LocalDate.of(2026, 4, 2));
        signInAs("leader");
        reloadIn(Locale.ENGLISH);
        DialogueListView view = navigateTo(DialogueListView.class);
        _setValue(_get(view, TextField.class), tag);

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).startsWith("Held on", "Kind", "Title");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith("2026-04-02").contains("Hội nghị tiếng Anh " + tag);
    }

    private DialogueSummary session(String title, LocalDate heldOn) {
        TestLogins.signIn(context, "investment");
        long host = agencies.findByCode("S-TC").orElseThrow().id();
        long association = associations.findByCode("HHDN-HP").orElseThrow().id();
        return dialogues.create(new DialogueForm(DialogueKind.MONTHLY, title, heldOn, "Cung văn hóa Lao động", host,
                "Phó Chủ tịch UBND", Set.of(association), 120, null));
    }

    private DialogueFormDialog openNewSessionDialog(DialogueListView view) {
        _click(_get(view, Button.class, spec -> spec.withText("Thêm phiên đối thoại")));
        return _get(DialogueFormDialog.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(DialogueFormDialog dialog, String title, LocalDate heldOn) {
        Select<DialogueKind> kind = _get(dialog, Select.class, spec -> spec.withLabel("Hình thức"));
        _setValue(kind, DialogueKind.MONTHLY);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tiêu đề")), title);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Ngày tổ chức")), heldOn);
        ComboBox<AgencySummary> host = _get(dialog, ComboBox.class, spec -> spec.withLabel("Cơ quan chủ trì"));
        _setValue(host, host.getListDataView().getItems().filter(a -> a.code().equals("S-TC")).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<DialogueSummary> grid(DialogueListView view) {
        return _get(view, Grid.class);
    }
}

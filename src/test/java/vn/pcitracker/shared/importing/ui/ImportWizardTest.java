package vn.pcitracker.shared.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.RowRecord;

/** The wizard over a test definition whose import only collects the rows it is given. */
class ImportWizardTest extends ViewTestBase {

    record Item(int row, String title) implements RowRecord {
    }

    @Autowired ImportSessions sessions;

    private final ImportDefinition definition = ImportDefinition.of("test.wizard." + UUID.randomUUID(),
            "importing.TestItems.title", List.of(
                    ImportColumn.required("title", "importing.TestItems.titleHeader"),
                    ImportColumn.optional("received_on", "importing.TestItems.receivedHeader"),
                    ImportColumn.optional("note", "importing.TestItems.noteHeader")),
            List.of(Map.of("title", "Thủ tục đất đai", "received_on", "15/03/2025")));
    private final List<ImportRow> imported = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signIn() {
        signInAs("investment");
    }

    @Test
    void opensOnTheTemplateAndTheUpload() {
        ImportWizard<Item> wizard = wizard();
        assertThat(wizard.getHeaderTitle()).isEqualTo("Nhập mục thử");
        assertThat(_get(wizard, Anchor.class, spec -> spec.withClasses("import-template-xlsx")).getHref()).isNotBlank();
        assertThat(_get(wizard, Anchor.class, spec -> spec.withClasses("import-template-csv")).getHref()).isNotBlank();
        assertThat(_get(wizard, UploadStep.class).isVisible()).isTrue();
    }

    @Test
    void aBadRowIsShownByRowFileColumnAndMessageAndCannotBeConfirmed() {
        ImportWizard<Item> wizard = wizard();
        wizard.receive(csv("Tiêu đề *,Ngày tiếp nhận\nĐất đai,01/02/2025\nThuế,hôm qua\n"), "muc.csv");
        assertThat(wizard.mappingStep.isVisible()).isTrue();
        assertThat(wizard.mappingStep.choice(0).getValue()).isEqualTo("title");

        wizard.check();

        assertThat(wizard.previewStep.summary.getText()).isEqualTo("1 dòng hợp lệ, 1 dòng có lỗi");
        assertThat(GridKt._getFormattedRow(wizard.previewStep.problems, 0)).containsExactly("3", "Ngày tiếp nhận",
                "“hôm qua” không phải là ngày; hãy ghi theo dạng dd/MM/yyyy (ví dụ 31/12/2025)");
        assertThat(rows(wizard.previewStep.records)).extracting(Item::title).containsExactly("Đất đai");
        assertThat(wizard.confirm.isEnabled()).isFalse();
        assertThat(imported).isEmpty();
    }

    @Test
    void aGoodFileIsImportedOnConfirmationAndTheResultLinksToTheRecords() {
        ImportWizard<Item> wizard = wizard();
        wizard.receive(csv("Title,Received on\nĐất đai,01/02/2025\nThuế,2025-02-03\n"), "items.csv");
        wizard.check();
        assertThat(wizard.confirm.isEnabled()).isTrue();

        ImportResult result = wizard.confirm().join();
        MockVaadin.runUIQueue();

        assertThat(result.created()).isEqualTo(2);
        assertThat(imported).extracting(row -> row.get("title")).containsExactly("Đất đai", "Thuế");
        assertThat(wizard.resultStep.status.getText()).isEqualTo("Đã nhập: 2 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        assertThat(wizard.resultStep.links.getChildren().map(div -> _get(div, Anchor.class).getHref()))
                .containsExactly("items/2", "items/3");
    }

    @Test
    void theMappingChosenForOneFileIsProposedForTheNextWithTheSameHeaders() {
        ImportWizard<Item> first = wizard();
        first.receive(csv("Nội dung ngắn,Ngày tiếp nhận\nĐất đai,01/02/2025\n"), "a.csv");
        assertThat(first.mappingStep.choice(0).getValue()).isEqualTo(MappingStep.IGNORE);
        assertThat(_get(first.mappingStep, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("import-missing")).getText()).isEqualTo("Chưa có cột bắt buộc: Tiêu đề");

        first.mappingStep.choice(0).setValue("title");
        first.check();
        first.confirm().join();
        MockVaadin.runUIQueue();

        ImportWizard<Item> second = wizard();
        second.receive(csv("nội dung NGẮN,Ngày tiếp nhận\nThuế,02/02/2025\n"), "b.csv");
        assertThat(second.mappingStep.choice(0).getValue()).isEqualTo("title");
        assertThat(second.check().valid()).isTrue();
    }

    @Test
    void aFileThatIsNoSpreadsheetGoesStraightToItsProblem() {
        ImportWizard<Item> wizard = wizard();
        wizard.receive(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "muc.xlsx");
        assertThat(wizard.previewStep.isVisible()).isTrue();
        assertThat(wizard.previewStep.summary.getText()).isEqualTo("Không nhập được tệp này:");
        assertThat(GridKt._getFormattedRow(wizard.previewStep.problems, 0)).containsExactly("", "",
                "Đây không phải là bảng tính; hãy tải lên tệp .xlsx hoặc .csv");
        assertThat(wizard.confirm.isEnabled()).isFalse();
    }

    @Test
    void speaksEnglishInAnEnglishSession() {
        reloadIn(AppLocales.ENGLISH);
        ImportWizard<Item> wizard = wizard();
        wizard.receive(csv("Title\n\n"), "empty.csv");
        assertThat(GridKt._getFormattedRow(wizard.previewStep.problems, 0))
                .containsExactly("", "", "The file has a header row but no data rows");
    }

    private ImportWizard<Item> wizard() {
        ImportWizard<Item> wizard = new ImportWizard<Item>(sessions, definition, ImportWizardTest::check, (rows, progress) -> {
            imported.addAll(rows);
            progress.rowsDone(rows.size(), rows.size());
            return ImportResult.imported(rows.size(), 0, 0,
                    rows.stream().map(row -> new ImportLink(row.get("title"), "items/" + row.row())).toList());
        }).withPreviewColumns(grid -> grid.addColumn(Item::title).setHeader("Tiêu đề"));
        wizard.open();
        return wizard;
    }

    private static ImportPreview<Item> check(List<ImportRow> rows) {
        ImportProblems problems = new ImportProblems();
        List<Item> items = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportCells.date(row, "received_on", problems);
            if (!problems.hasRow(row.row())) {
                items.add(new Item(row.row(), row.get("title")));
            }
        }
        return ImportPreview.of(items, problems);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

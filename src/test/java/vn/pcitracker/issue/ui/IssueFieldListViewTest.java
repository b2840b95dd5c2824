package vn.pcitracker.issue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.shared.export.ExportFiles;

class IssueFieldListViewTest extends ViewTestBase {

    @Test
    void theExcelFileListsEveryFieldWithBothNamesAndItsDeadlineAsANumber() {
        signInAs("admin");
        IssueFieldListView view = navigateTo(IssueFieldListView.class);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Mã", "Tên tiếng Việt", "Tên tiếng Anh",
                "Thời hạn mặc định (ngày làm việc)", "Trạng thái");
        Row construction = ExportFiles.rowWith(rows, "Mã", "CONSTRUCTION");
        assertThat(construction.getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(construction.getCell(3).asNumber()).isPositive();
        assertThat(rows).hasSizeGreaterThan(5);
    }

    @Test
    void theCsvInEnglishHasEnglishHeadersAndStates() {
        signInAs("admin");
        reloadIn(Locale.ENGLISH);
        IssueFieldListView view = navigateTo(IssueFieldListView.class);

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).containsExactly("Code", "Vietnamese name", "English name",
                "Default deadline (working days)", "Status");
        assertThat(csv).anySatisfy(record -> assertThat(record).startsWith("CONSTRUCTION").endsWith("In use"));
    }
}

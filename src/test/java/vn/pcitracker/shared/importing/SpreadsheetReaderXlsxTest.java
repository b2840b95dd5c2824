package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.VisibilityState;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderXlsxTest {

    private static final String KEY = SpreadsheetReader.KEY;

    @Test
    void readsTheHeaderAndRowsWithTheRowNumbersOfTheSheet() {
        ReadSheet sheet = read(Files.xlsx(s -> Files.rows(s,
                new String[] {"Tên *", "Mã"}, new String[] {"Sở Xây dựng", "XD"}, new String[] {null, null},
                new String[] {"  Sở Tài chính ", "'=TC"})));
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.sheetName()).isEqualTo("Sheet1");
        assertThat(sheet.headers()).containsExactly("Tên *", "Mã");
        assertThat(sheet.rows()).extracting(SheetRow::row).containsExactly(2, 4);
        assertThat(sheet.rows().get(1).cells()).containsExactly("Sở Tài chính", "=TC");
    }

    @Test
    void dateCellsBecomeIsoDatesAndNumberCellsPlainDigits() {
        ReadSheet sheet = read(Files.xlsx(s -> {
            Files.rows(s, new String[] {"Ngày", "Giờ", "Số", "Tiền", "Có"});
            s.value(1, 0, LocalDate.of(2025, 3, 31));
            s.style(1, 0).format("dd/mm/yyyy").set();
            s.value(1, 1, LocalDateTime.of(2025, 3, 31, 14, 30));
            s.style(1, 1).format("dd/mm/yyyy hh:mm").set();
            s.value(1, 2, 1250);
            s.value(1, 3, new BigDecimal("7.50"));
            s.value(1, 4, true);
        }));
        assertThat(sheet.rows().getFirst().cells()).containsExactly("2025-03-31", "2025-03-31 14:30", "1250", "7.5",
                "true");
    }

    @Test
    void aFormulaIsAProblemOfItsCellAndIsNeverEvaluated() {
        ReadSheet sheet = read(Files.xlsx(s -> {
            Files.rows(s, new String[] {"a", "b"}, new String[] {"1"});
            s.formula(1, 1, "A2*2");
        }));
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows().getFirst().cell(1)).isNull();
        assertThat(sheet.rows().getFirst().cellProblems()).containsEntry(1, ImportProblems.FORMULA);
    }

    @Test
    void mergedHeaderCellsAreRefused() {
        ReadSheet sheet = read(Files.xlsx(s -> {
            Files.rows(s, new String[] {"Thông tin doanh nghiệp", null, "Mã"}, new String[] {"a", "b", "c"});
            s.range(0, 0, 0, 1).merge();
        }));
        assertThat(sheet.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.messageKey()).isEqualTo(KEY + "mergedHeader");
        });
    }

    @Test
    void mergedCellsBelowTheHeaderDoNotMatter() {
        ReadSheet sheet = read(Files.xlsx(s -> {
            Files.rows(s, new String[] {"a", "b"}, new String[] {"gộp", null});
            s.range(1, 0, 1, 1).merge();
        }));
        assertThat(sheet.problems()).isEmpty();
    }

    @Test
    void theFirstVisibleSheetIsReadAndTheOthersCounted() {
        ReadSheet sheet = read(Files.workbook(workbook -> {
            var hidden = workbook.newWorksheet("Danh mục");
            Files.rows(hidden, new String[] {"ẩn"}, new String[] {"x"});
            hidden.setVisibilityState(VisibilityState.HIDDEN);
            Files.rows(workbook.newWorksheet("Kiến nghị"), new String[] {"Tiêu đề"}, new String[] {"Đất đai"});
            Files.rows(workbook.newWorksheet("Ghi chú"), new String[] {"c"}, new String[] {"y"});
        }));
        assertThat(sheet.sheetName()).isEqualTo("Kiến nghị");
        assertThat(sheet.sheetCount()).isEqualTo(3);
        assertThat(sheet.headers()).containsExactly("Tiêu đề");
    }

    @Test
    void anEmptySheetOrAHeaderWithoutRowsIsRefusedClearly() {
        assertThat(read(Files.xlsx(s -> { })).problems()).extracting(ImportProblem::messageKey)
                .containsExactly(KEY + "empty");
        assertThat(read(Files.xlsx(s -> Files.rows(s, new String[] {"a"}))).problems())
                .extracting(ImportProblem::messageKey).containsExactly(KEY + "noRows");
    }

    @Test
    void tooManyRowsAreRefusedWithTheirCount() {
        ReadSheet sheet = SpreadsheetReader.read(Files.xlsx(s -> {
            s.value(0, 0, "n");
            for (int r = 1; r <= 120; r++) {
                s.value(r, 0, r);
            }
        }), ImportLimits.DEFAULT.withMaxRows(100));
        assertThat(sheet.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(KEY + "tooManyRows");
            assertThat(problem.args()).containsExactly(120, 100);
        });
    }

    private static ReadSheet read(byte[] bytes) {
        return SpreadsheetReader.read(bytes, ImportLimits.DEFAULT);
    }
}

package vn.pcitracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/** The report on October 2016 ({@link ReportFixture}) as a workbook, in Vietnamese and in English. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class MonthlyReportWorkbookTest {

    @Autowired MonthlyReportService reports;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ModuleTranslationProvider translations;

    private ReportFixture data;
    private MonthlyReport report;

    @BeforeEach
    void fixture() {
        data = new ReportFixture(jdbc, agencies);
        report = reports.report(ReportFixture.OCTOBER);
    }

    @Test
    void aVietnameseWorkbookHasASheetPerSectionWithVietnameseHeadersAndTypedCells() throws IOException {
        try (ReadableWorkbook workbook = write(AppLocales.VIETNAMESE)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Nhận định", "Số liệu chính", "Theo cơ quan",
                    "12 tháng", "Điểm nghẽn", "Giao ước thi đua", "Mục tiêu PCI");
            List<Row> findings = sheets.get(0).read();
            assertThat(findings.getFirst().getCellText(0))
                    .isEqualTo("Báo cáo tình hình tiếp nhận, xử lý kiến nghị của doanh nghiệp tháng 10/2016 – Hải Phòng");
            assertThat(findings).extracting(row -> row.getCellText(0))
                    .contains("• Tháng 10/2016 tiếp nhận 6 kiến nghị (+3 so với tháng 9/2016).");
            List<Row> keyFigures = sheets.get(1).read();
            assertThat(texts(keyFigures.getFirst())).containsExactly("Chỉ tiêu", "Kỳ này", "Kỳ trước", "Thay đổi");
            assertThat(texts(keyFigures.get(1)).getFirst()).isEqualTo("Kiến nghị tiếp nhận");
            assertThat(keyFigures.get(1).getCell(1).asNumber()).isEqualByComparingTo("6");
            assertThat(keyFigures.get(1).getCell(3).asNumber()).isEqualByComparingTo("3");
            List<Row> byAgency = sheets.get(2).read();
            assertThat(texts(byAgency.getFirst())).containsExactly("Cơ quan", "Tiếp nhận", "Đã trả lời", "Đúng hạn",
                    "Đúng hạn (%)", "Đang xử lý cuối kỳ", "Quá hạn cuối kỳ", "Hài lòng theo QĐ 766 (%)");
            Row agencyA = byAgency.get(1);
            assertThat(agencyA.getCellText(0)).isEqualTo(data.nameA);
            assertThat(List.of(2, 4, 6, 7).stream().map(c -> agencyA.getCell(c).asNumber().toPlainString()).toList())
                    .containsExactly("2", "50.0", "2", "33.3");
            Row moved = sheets.get(4).read().get(1);
            assertThat(moved.getCell(6).getType()).isEqualTo(CellType.NUMBER);
            assertThat(moved.getCell(6).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(moved.getCell(6).asDate().toLocalDate()).isEqualTo(LocalDate.of(2016, 10, 12));
            assertThat(moved.getCellText(3)).isEqualTo("Đang phân tích");
        }
    }

    @Test
    void anEnglishWorkbookSaysTheSameInEnglish() throws IOException {
        try (ReadableWorkbook workbook = write(AppLocales.ENGLISH)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Findings", "Key figures", "By agency",
                    "12 months", "Bottlenecks", "Commitments", "PCI goal");
            assertThat(sheets.get(0).read().getFirst().getCellText(0))
                    .isEqualTo("Business recommendations received and handled, October 2016 – Hai Phong");
            assertThat(texts(sheets.get(2).read().getFirst())).startsWith("Agency", "Received", "Answered", "On time");
            assertThat(texts(sheets.get(5).read().getFirst())).containsExactly("Commitment", "Unit", "Check-ins", "Done",
                    "On track", "Needs improvement", "Deferred", "Last check-in");
            assertThat(MonthlyReportWorkbook.fileName(report, ReportTexts.of(translations, AppLocales.ENGLISH)))
                    .isEqualTo("recommendations-report-2016-10");
        }
    }

    private ReadableWorkbook write(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportWorkbook.write(report, ReportTexts.of(translations, locale), out);
        return new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false));
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell.getText()).toList();
    }
}

package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class TableExportTest {

    record Line(String name, long count, BigDecimal share, LocalDate day) {
    }

    private static final TableExport<Line> EXPORT = TableExport.of("t.title",
            ExportColumn.text("t.name", 30, Line::name),
            ExportColumn.integer("t.count", 8, Line::count),
            ExportColumn.decimal("t.share", 10, Line::share),
            ExportColumn.date("t.day", 12, Line::day));

    private static final UnaryOperator<String> HEADERS = key -> switch (key) {
        case "t.title" -> "Danh sách";
        case "t.name" -> "Tên";
        case "t.count" -> "Số lượng";
        case "t.share" -> "Tỷ lệ";
        default -> "Ngày";
    };

    private static final List<Line> LINES = List.of(
            new Line("Sở Xây dựng, \"Hải Phòng\"", 3, new BigDecimal("12.5"), LocalDate.of(2026, 3, 9)),
            new Line("=1+1", 1, null, null),
            new Line("+84 912", 2, BigDecimal.ONE, LocalDate.of(2025, 12, 31)),
            new Line("-5%", 4, BigDecimal.TEN, LocalDate.of(2024, 1, 2)),
            new Line("@SUM(A1)", 5, BigDecimal.ZERO, LocalDate.of(2024, 1, 3)),
            new Line("\tcmd", 6, BigDecimal.ZERO, LocalDate.of(2024, 1, 4)),
            new Line("dòng 1\r\ndòng 2", 7, BigDecimal.ZERO, LocalDate.of(2024, 1, 5)));

    @Test
    void xlsxHasBoldFrozenHeaderDateCellsNumbersAndNeutralisedText() throws IOException {
        byte[] file = write(ExportFormat.XLSX, new Locale("vi"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Danh sách");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + LINES.size());
            assertThat(rows.getFirst().stream().map(cell -> cell.asString()).toList())
                    .containsExactly("Tên", "Số lượng", "Tỷ lệ", "Ngày");
            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo("Sở Xây dựng, \"Hải Phòng\"");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("3");
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("12.5");
            assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(rows.subList(2, rows.size()).stream().map(row -> row.getCellText(0)).toList())
                    .containsExactly("'=1+1", "'+84 912", "'-5%", "'@SUM(A1)", "'\tcmd", "dòng 1\r\ndòng 2");
            assertThat(rows.subList(1, rows.size()).stream().map(row -> row.getCell(0).getType()).distinct().toList())
                    .containsExactly(CellType.STRING);
            assertThat(rows.get(2).getCellCount()).as("empty share and date are no cells").isEqualTo(2);
        }
        String sheet = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
        assertThat(sheet).contains("width=\"30").contains("width=\"12");
        String styles = entry(file, "xl/styles.xml");
        assertThat(styles).contains("<b/>");
    }

    @Test
    void xlsxDatesInEnglishAreIso() throws IOException {
        byte[] file = write(ExportFormat.XLSX, Locale.ENGLISH);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().read().get(1).getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void csvHasBomQuotingNeutralisationAndVietnameseDates() {
        String csv = new String(write(ExportFormat.CSV, new Locale("vi")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTên,Số lượng,Tỷ lệ,Ngày\r\n");
        assertThat(csv.substring(1).split("\r\n", 3)[1]).isEqualTo("\"Sở Xây dựng, \"\"Hải Phòng\"\"\",3,12.5,09/03/2026");
        assertThat(csv).contains("\r\n'=1+1,1,,\r\n")
                .contains("\r\n'+84 912,2,1,31/12/2025\r\n")
                .contains("\r\n'-5%,4,10,02/01/2024\r\n")
                .contains("\r\n'@SUM(A1),5,0,03/01/2024\r\n")
                .contains("\r\n'\tcmd,6,0,04/01/2024\r\n")
                .endsWith("\r\n\"dòng 1\r\ndòng 2\",7,0,05/01/2024\r\n");
    }

    @Test
    void csvDatesInEnglishAreIso() {
        String csv = new String(write(ExportFormat.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains(",12.5,2026-03-09\r\n");
    }

    @Test
    void carriageReturnFirstIsNeutralisedAndOrdinaryTextIsNot() {
        assertThat(SpreadsheetText.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetText.neutralise("Hải Phòng = 1")).isEqualTo("Hải Phòng = 1");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void sheetNamesFollowExcelRules() {
        assertThat(XlsxTableWriter.sheetName("a/b:c")).isEqualTo("a b c");
        assertThat(XlsxTableWriter.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxTableWriter.sheetName("  ")).isEqualTo("Sheet1");
    }

    private static byte[] write(ExportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(format, LINES.stream(), out, locale, HEADERS);
        return out.toByteArray();
    }

    /** A part of the xlsx package, read with {@link ZipFile}: fastexcel writes sizes after the data. */
    static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}

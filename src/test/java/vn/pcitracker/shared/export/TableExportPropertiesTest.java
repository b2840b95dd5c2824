package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.pcitracker.HostileText;

/** Whatever a user typed comes out of an export as the same text, never as a formula (issue 9, bad input). */
class TableExportPropertiesTest {

    private static final TableExport<String> EXPORT = TableExport.of("t.title", ExportColumn.text("t.text", 40, s -> s));

    @Test
    void anyTextReadsBackFromTheWorkbookAsTheSameTextAndNeverStartsAsAFormula() {
        qt().withExamples(150).forAll(HostileText.text().assuming(HostileText::storable)).checkAssert(text -> {
            String cell = xlsxCell(text);
            assertThat(cell).as("code points %s", codePoints(text)).isEqualTo(withoutXmlForbidden(expected(text)));
            assertThat(startsAsFormula(cell)).as("cell %s", cell).isFalse();
        });
    }

    @Test
    void anyTextReadsBackFromTheCsvAsTheSameTextAndNeverStartsAsAFormula() {
        qt().withExamples(300).forAll(HostileText.text().assuming(HostileText::storable)).checkAssert(text -> {
            String cell = csvCell(text);
            assertThat(cell).as("code points %s", codePoints(text)).isEqualTo(expected(text));
            assertThat(startsAsFormula(cell)).as("cell %s", cell).isFalse();
        });
    }

    /** Empty text is an empty cell; text a spreadsheet would evaluate gets the quote prefix, the rest is unchanged. */
    private static String expected(String text) {
        return text.isEmpty() ? "" : SpreadsheetText.neutralise(text);
    }

    /** XML 1.0, and so a workbook, cannot hold control characters other than tab and line breaks: they are left out. */
    private static String withoutXmlForbidden(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static String codePoints(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList().toString();
    }

    private static boolean startsAsFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static String xlsxCell(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(ExportFormat.XLSX, java.util.stream.Stream.of(text), out, Locale.of("vi"), key -> key);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            return rows.size() < 2 ? "" : rows.get(1).getCellText(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(ExportFormat.CSV, java.util.stream.Stream.of(text), out, Locale.of("vi"), key -> key);
        List<List<String>> records = ExportFiles.records(out.toString(StandardCharsets.UTF_8).substring(1));
        return records.get(1).getFirst();
    }
}

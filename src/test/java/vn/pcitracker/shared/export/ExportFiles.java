package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * For the tests of every list's export: writes the file as its download would (through the view's writer) and
 * reads it back, the xlsx with fastexcel's reader, the CSV with a small RFC 4180 parser.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** The rows of the Excel file's only sheet, the header first. */
    public static List<Row> xlsx(ExportDownload.ExportWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ExportFormat.XLSX, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row's texts. */
    public static List<String> header(List<Row> rows) {
        return texts(rows.getFirst());
    }

    /** Every cell of the row as text, an empty cell as "". */
    public static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }

    /** The index of the column headed {@code header}; fails when there is none. */
    public static int column(List<Row> rows, String header) {
        int index = header(rows).indexOf(header);
        assertThat(index).as("column " + header + " in " + header(rows)).isNotNegative();
        return index;
    }

    /** The texts of one column below the header. */
    public static List<String> values(List<Row> rows, String header) {
        int index = column(rows, header);
        return rows.subList(1, rows.size()).stream().map(row -> row.getCellText(index)).toList();
    }

    /** The data row whose column {@code header} reads {@code text}; fails when there is none. */
    public static Row rowWith(List<Row> rows, String header, String text) {
        int index = column(rows, header);
        return rows.subList(1, rows.size()).stream().filter(row -> text.equals(row.getCellText(index))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + header + " = " + text));
    }

    /** The cell's date, after checking that it is a date cell (a number with a date format), not a text. */
    public static LocalDate dateCell(Row row, int column) {
        assertThat(row.getCell(column).getType()).as("type of the date cell").isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(column).getDataFormatString()).as("format of the date cell").contains("yyyy");
        return row.getCell(column).asDate().toLocalDate();
    }

    /** The CSV's records (the header first), after checking the byte order mark that Excel needs. */
    public static List<List<String>> csv(ExportDownload.ExportWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ExportFormat.CSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return records(text.substring(1));
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                boolean doubled = c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"';
                quoted = c != '"' || doubled;
                if (c != '"' || doubled) {
                    field.append(c);
                }
                i += doubled ? 1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                if (c == '\r') {
                    records.add(List.copyOf(record));
                    record.clear();
                    i++;
                }
            } else {
                field.append(c);
            }
        }
        return records;
    }
}

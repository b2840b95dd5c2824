package vn.pcitracker.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, quotes
 * doubled. UTF-8 with a byte order mark so that Excel opens Vietnamese text correctly. Dates are dd/MM/yyyy for a
 * Vietnamese reader and ISO (yyyy-MM-dd) otherwise; numbers are plain (no grouping, a dot before decimals) so that
 * any program reads them back.
 */
final class CsvTableWriter implements TableWriter {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Writer out;
    private final DateTimeFormatter dates;

    CsvTableWriter(OutputStream out, Locale locale) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.dates = "vi".equals(locale.getLanguage()) ? VIETNAMESE_DATE : DateTimeFormatter.ISO_LOCAL_DATE;
    }

    @Override
    public void header(List<String> headers) throws IOException {
        out.write('\uFEFF');
        line(List.copyOf(headers));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        line(cells);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(text(cells.get(i))));
        }
        out.write("\r\n");
    }

    private String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case LocalDate date -> dates.format(date);
            case BigDecimal decimal -> decimal.toPlainString();
            default -> cell.toString();
        };
    }

    static String quoted(String field) {
        boolean needsQuotes = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

package vn.pcitracker.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel, which streams: rows already written are flushed to the output every
 * {@value #FLUSH_EVERY} rows and not kept. The header row is bold and frozen, widths are set, dates are date cells
 * shown as dd/mm/yyyy for a Vietnamese reader and yyyy-mm-dd otherwise, numbers are number cells.
 */
final class XlsxTableWriter implements TableWriter {

    static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final boolean ownsWorkbook;
    private final Worksheet sheet;
    private final String dateFormat;
    private final List<ExportColumn<?>> columns;
    private int row;

    /** The only sheet of a workbook of its own, finished with it. */
    XlsxTableWriter(OutputStream out, Locale locale, String sheetName, List<? extends ExportColumn<?>> columns) {
        this(newWorkbook(out), true, locale, sheetName, columns);
    }

    /** One more sheet of a workbook that {@link XlsxWorkbook} finishes once every sheet is written. */
    XlsxTableWriter(Workbook workbook, Locale locale, String sheetName, List<? extends ExportColumn<?>> columns) {
        this(workbook, false, locale, sheetName, columns);
    }

    private XlsxTableWriter(Workbook workbook, boolean ownsWorkbook, Locale locale, String sheetName,
                            List<? extends ExportColumn<?>> columns) {
        this.workbook = workbook;
        this.ownsWorkbook = ownsWorkbook;
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        this.dateFormat = "vi".equals(locale.getLanguage()) ? "dd/mm/yyyy" : "yyyy-mm-dd";
        this.columns = List.copyOf(columns);
    }

    static Workbook newWorkbook(OutputStream out) {
        return new Workbook(out, "PCI Tracker", "1.0");
    }

    @Override
    public void header(List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, columns.get(c).width());
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            switch (cells.get(c)) {
                case null -> { }
                case LocalDate date -> {
                    sheet.value(row, c, date);
                    sheet.style(row, c).format(dateFormat).set();
                }
                case Number number -> sheet.value(row, c, number);
                case Object other -> sheet.value(row, c, other.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        if (ownsWorkbook) {
            workbook.finish();
        } else {
            sheet.finish();
        }
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        cleaned = cleaned.isEmpty() ? "Sheet1" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}

package vn.pcitracker.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;

/**
 * Several tables in one Excel workbook, a worksheet each in the order added, each written exactly as
 * {@link TableExport} writes a single one (bold frozen header, widths, date and number cells, text neutralised), rows
 * streamed as they come. Sheet names are the tables' translated titles and must differ.
 */
public final class XlsxWorkbook {

    private final Workbook workbook;
    private final Locale locale;
    private final UnaryOperator<String> translate;

    /** @param translate turns the titles and header keys into the reader's language */
    public XlsxWorkbook(OutputStream out, Locale locale, UnaryOperator<String> translate) {
        this.workbook = XlsxTableWriter.newWorkbook(out);
        this.locale = locale;
        this.translate = translate;
    }

    public <T> XlsxWorkbook sheet(TableExport<T> table, Stream<? extends T> rows) {
        table.write(new XlsxTableWriter(workbook, locale, translate.apply(table.titleKey()), table.columns()), rows, translate);
        return this;
    }

    /** Completes the file; the output stream stays open. */
    public void finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

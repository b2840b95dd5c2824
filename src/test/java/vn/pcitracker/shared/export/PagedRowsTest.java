package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private static final int ROWS = 100_000;
    private static final int PAGE = 1_000;

    /** Counts the rows the writer has written out: each ends with a line break (CSV). */
    private static final class LineCounter extends OutputStream {
        final AtomicInteger lines = new AtomicInteger();

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.incrementAndGet();
            }
        }
    }

    private final AtomicInteger handedOut = new AtomicInteger();
    private final List<Integer> aheadAtRead = new ArrayList<>();

    private final TableExport<Integer> export = TableExport.of("t",
            ExportColumn.integer("n", 10, n -> n), ExportColumn.text("s", 10, n -> "row " + n));

    @Test
    void pagesAreReadOnlyWhenThePreviousOneIsUsedUp() {
        List<int[]> reads = new ArrayList<>();
        List<Integer> rows = PagedRows.<Integer>stream(PAGE, Integer.MAX_VALUE, (offset, limit) -> {
            reads.add(new int[] {offset, limit, handedOut.get()});
            return page(offset, limit);
        }).peek(row -> handedOut.incrementAndGet()).toList();
        assertThat(rows).hasSize(ROWS).startsWith(0, 1, 2).endsWith(ROWS - 1);
        assertThat(reads).hasSize(ROWS / PAGE + 1);
        for (int i = 0; i < reads.size(); i++) {
            assertThat(reads.get(i)[0]).isEqualTo(i * PAGE);
            assertThat(reads.get(i)[2]).as("rows handed out before page %d", i).isEqualTo(i * PAGE);
        }
    }

    @Test
    void maxRowsStopsTheReading() {
        List<int[]> reads = new ArrayList<>();
        List<Integer> rows = PagedRows.<Integer>stream(PAGE, 2_500, (offset, limit) -> {
            reads.add(new int[] {offset, limit});
            return page(offset, limit);
        }).toList();
        assertThat(rows).hasSize(2_500).endsWith(2_499);
        assertThat(reads).extracting(read -> read[1]).containsExactly(PAGE, PAGE, 500);
    }

    @Test
    void keysetPagesAreReadAfterTheLastRowOnlyWhenThePreviousOneIsUsedUp() {
        List<int[]> reads = new ArrayList<>();
        List<Integer> rows = PagedRows.<Integer>after(PAGE, (last, limit) -> {
            int from = last == null ? 0 : last + 1;
            reads.add(new int[] {from, handedOut.get()});
            return page(from, limit);
        }).peek(row -> handedOut.incrementAndGet()).toList();
        assertThat(rows).hasSize(ROWS).startsWith(0, 1, 2).endsWith(ROWS - 1).doesNotHaveDuplicates();
        assertThat(reads).hasSize(ROWS / PAGE + 1);
        for (int i = 0; i < reads.size(); i++) {
            assertThat(reads.get(i)[0]).as("first row of page %d", i).isEqualTo(i * PAGE);
            assertThat(reads.get(i)[1]).as("rows handed out before page %d", i).isEqualTo(i * PAGE);
        }
    }

    @Test
    void keysetCsvOfHundredThousandRowsIsWrittenAsThePagesArrive() {
        LineCounter out = new LineCounter();
        export.write(ExportFormat.CSV, PagedRows.<Integer>after(PAGE, (last, limit) -> {
            int from = last == null ? 0 : last + 1;
            aheadAtRead.add(from - out.lines.get());
            return page(from, limit);
        }), out, Locale.ENGLISH, UnaryOperator.identity());
        assertThat(out.lines.get()).isEqualTo(ROWS + 1);
        assertThat(aheadAtRead).hasSize(ROWS / PAGE + 1).allSatisfy(ahead -> assertThat(ahead).isLessThan(PAGE));
    }

    @Test
    void csvOfHundredThousandRowsIsWrittenAsThePagesArrive() {
        LineCounter out = new LineCounter();
        export.write(ExportFormat.CSV, PagedRows.<Integer>stream(PAGE, Integer.MAX_VALUE, (offset, limit) -> {
            aheadAtRead.add(offset - out.lines.get());
            return page(offset, limit);
        }), out, Locale.ENGLISH, UnaryOperator.identity());
        assertThat(out.lines.get()).isEqualTo(ROWS + 1);
        // the header and every row read so far have been written before the next page is read; the CSV writer's
        // buffer holds back at most a few rows, never a page
        assertThat(aheadAtRead).hasSize(ROWS / PAGE + 1).allSatisfy(ahead -> assertThat(ahead).isLessThan(PAGE));
    }

    @Test
    void xlsxOfHundredThousandRowsIsWrittenAsThePagesArriveAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> bytesAtRead = new ArrayList<>();
        export.write(ExportFormat.XLSX, PagedRows.<Integer>stream(PAGE, Integer.MAX_VALUE, (offset, limit) -> {
            bytesAtRead.add(out.size());
            return page(offset, limit);
        }), out, Locale.ENGLISH, UnaryOperator.identity());
        // the file grows while the pages are read: rows go out as they come instead of at the end
        assertThat(bytesAtRead.get(50)).isGreaterThan(bytesAtRead.get(10)).isGreaterThan(0);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(rows.getLast().getCell(0).asNumber()).isEqualByComparingTo(String.valueOf(ROWS - 1));
            assertThat(rows.getLast().getCellText(1)).isEqualTo("row " + (ROWS - 1));
        }
    }

    private static List<Integer> page(int offset, int limit) {
        return IntStream.range(offset, Math.min(ROWS, offset + limit)).boxed().toList();
    }
}

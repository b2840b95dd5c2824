package vn.pcitracker.shared.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads the first visible sheet of an xlsx workbook (fastexcel, streaming) once {@link XlsxPackage} has passed the
 * archive. Formulas are never evaluated: a formula cell is a problem at its row and column. Date cells become
 * {@code yyyy-MM-dd}, number cells plain digits.
 */
final class XlsxSheetReader {

    private static final String KEY = SpreadsheetReader.KEY;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private XlsxSheetReader() {
    }

    static ReadSheet read(byte[] bytes, ImportLimits limits) {
        XlsxPackage.Inspection inspection = XlsxPackage.inspect(bytes, limits);
        if (!inspection.ok()) {
            return ReadSheet.failed(inspection.problemKey());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            Optional<Sheet> visible = sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst();
            if (visible.isEmpty()) {
                return ReadSheet.failed(KEY + "empty");
            }
            Sheet sheet = visible.get();
            SheetCollector collector = new SheetCollector(limits.maxRows());
            try (Stream<Row> rows = sheet.openStream()) {
                for (Iterator<Row> iterator = rows.iterator(); iterator.hasNext() && !collector.full(); ) {
                    accept(iterator.next(), collector);
                }
            }
            ReadSheet read = collector.finish(sheet.getName(), sheets.size());
            int headerRow = collector.headerRow();
            boolean headerReadable = headerRow > 0 && read.problems().stream().allMatch(p -> p.row() == headerRow);
            return headerReadable ? checkMergedHeader(bytes, inspection, sheet, read, headerRow) : read;
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException
                 | IllegalArgumentException e) {
            return ReadSheet.failed(KEY + "corrupt");
        }
    }

    private static void accept(Row row, SheetCollector collector) {
        List<String> cells = new ArrayList<>();
        Map<Integer, String> problems = new HashMap<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            int column = cell.getColumnIndex();
            while (cells.size() <= column) {
                cells.add(null);
            }
            switch (cell.getType()) {
                case FORMULA -> problems.put(column, ImportProblems.FORMULA);
                case ERROR -> problems.put(column, KEY + "errorCell");
                case NUMBER -> cells.set(column, number(cell));
                case BOOLEAN -> cells.set(column, String.valueOf(cell.asBoolean()));
                case STRING -> cells.set(column, cell.asString());
                case EMPTY -> { }
            }
        }
        collector.accept(row.getRowNum(), cells, problems);
    }

    private static String number(Cell cell) {
        if (SpreadsheetDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime value = cell.asDate();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString() : DATE_TIME.format(value);
        }
        BigDecimal value = cell.asNumber();
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Merged header cells explain blank or repeated headers, so they replace those problems. */
    private static ReadSheet checkMergedHeader(byte[] bytes, XlsxPackage.Inspection inspection, Sheet sheet,
                                               ReadSheet read, int headerRow) throws IOException {
        String part = XlsxParts.sheetPart(inspection.parts(), sheet.getId());
        if (part == null) {
            return read;
        }
        try (InputStream in = XlsxPackage.part(bytes, part)) {
            if (in != null && XlsxParts.mergesTouchRow(in, headerRow)) {
                return new ReadSheet(read.headers(), List.of(),
                        List.of(new ImportProblem(headerRow, null, KEY + "mergedHeader")), read.sheetName(),
                        read.sheetCount());
            }
        }
        return read;
    }
}

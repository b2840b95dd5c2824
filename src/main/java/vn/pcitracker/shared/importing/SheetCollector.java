package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw rows of either format into a {@link ReadSheet}: the first row holding a value is the header, blank
 * rows are skipped, cells are cleaned, rows beyond the limit are counted but not kept, and the header is checked.
 */
final class SheetCollector {

    static final String KEY = SpreadsheetReader.KEY;
    static final int MAX_COLUMNS = 500;

    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private final BitSet columnsWithData = new BitSet();
    private List<String> headers;
    private int headerRow;
    private int dataRows;
    private int widest;

    SheetCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** One row as read, 1-based; cells are raw texts (null for none). */
    void accept(int rowNumber, List<String> rawCells, Map<Integer, String> cellProblems) {
        List<String> cells = new ArrayList<>(rawCells.size());
        int last = -1;
        for (int c = 0; c < rawCells.size(); c++) {
            String cell = clean(rawCells.get(c));
            cells.add(cell);
            if (cell != null) {
                last = c;
            }
        }
        for (int column : cellProblems.keySet()) {
            last = Math.max(last, column);
        }
        if (last < 0) {
            return;
        }
        widest = Math.max(widest, last + 1);
        if (headers == null) {
            headers = cells.subList(0, last + 1).stream().map(cell -> cell == null ? "" : cell).toList();
            headerRow = rowNumber;
            return;
        }
        dataRows++;
        if (dataRows <= maxRows && widest <= MAX_COLUMNS) {
            rows.add(new SheetRow(rowNumber, cells.subList(0, Math.min(last + 1, cells.size())), cellProblems));
            for (int c = 0; c <= last; c++) {
                if (c < cells.size() && cells.get(c) != null || cellProblems.containsKey(c)) {
                    columnsWithData.set(c);
                }
            }
        }
    }

    /** The row number of the header, or 0 before one is found. */
    int headerRow() {
        return headerRow;
    }

    /** Whether the rows read so far already break a limit, so reading may stop. */
    boolean full() {
        return widest > MAX_COLUMNS;
    }

    ReadSheet finish(String sheetName, int sheetCount) {
        List<ImportProblem> problems = new ArrayList<>();
        if (headers == null) {
            problems.add(ImportProblem.ofFile(KEY + "empty"));
        } else if (widest > MAX_COLUMNS) {
            problems.add(ImportProblem.ofFile(KEY + "tooManyColumns", MAX_COLUMNS));
        } else if (dataRows == 0) {
            problems.add(ImportProblem.ofFile(KEY + "noRows"));
        } else if (dataRows > maxRows) {
            problems.add(ImportProblem.ofFile(KEY + "tooManyRows", dataRows, maxRows));
        } else {
            checkHeader(problems);
        }
        List<SheetRow> kept = problems.isEmpty() ? rows : List.of();
        return new ReadSheet(headers == null ? List.of() : headers, kept, problems, sheetName, sheetCount);
    }

    private void checkHeader(List<ImportProblem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < Math.max(headers.size(), columnsWithData.length()); c++) {
            String header = c < headers.size() ? headers.get(c) : "";
            String key = ImportText.headerKey(header);
            if (key == null && columnsWithData.get(c)) {
                problems.add(new ImportProblem(headerRow, null, KEY + "blankHeader", columnLetter(c)));
            } else if (key != null && seen.containsKey(key)) {
                problems.add(new ImportProblem(headerRow, null, KEY + "duplicateHeader", header,
                        columnLetter(seen.get(key)), columnLetter(c)));
            } else if (key != null) {
                seen.put(key, c);
            }
        }
    }

    /** A cell's text trimmed, null when blank, without the quote our exports put before = + - @. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** A, B, ... Z, AA, AB ... as spreadsheets name columns (0-based index). */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}

package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One data row as read from the file, before mapping: its cells by file column (index 0 = first column).
 *
 * @param row          the spreadsheet row number (header = 1)
 * @param cells        the cells' texts, trimmed, null when blank; the list may be shorter than the header
 * @param cellProblems message keys of cells that cannot be read (a formula, an error), by file column
 */
public record SheetRow(int row, List<String> cells, Map<Integer, String> cellProblems) {

    public SheetRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
        cellProblems = Map.copyOf(cellProblems);
    }

    /** The cell of a file column, or null when blank or beyond the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }
}

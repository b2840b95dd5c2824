package vn.pcitracker.shared.importing;

import java.util.Map;

/**
 * One data row of a file, as mapped to the template's columns.
 *
 * @param row   the row number the user sees in the spreadsheet (the header is row 1, so the first data row is 2)
 * @param cells the non-blank cells by column id, trimmed; a leading {@code '} before {@code = + - @} (which our
 *              exports add against formula injection) is removed, so that an exported file imports back. Dates of
 *              xlsx date cells arrive as {@code yyyy-MM-dd}, numbers of number cells as plain digits with a dot.
 */
public record ImportRow(int row, Map<String, String> cells) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or null when the cell is blank or the column is not in the file. */
    public String get(String columnId) {
        return cells.get(columnId);
    }

    public boolean has(String columnId) {
        return cells.containsKey(columnId);
    }
}

package vn.pcitracker.shared.importing;

import java.util.List;

/**
 * What {@link SpreadsheetReader} found in a file: the header and the data rows of the one sheet it read, or why the
 * file cannot be read.
 *
 * @param headers    the header row's cells (row 1), trimmed; "" for a blank header cell
 * @param rows       the data rows holding at least one value (blank rows are skipped, their numbers kept)
 * @param problems   problems of the file (row 0) or of its header (row 1); when there is any, nothing is imported
 * @param sheetName  the sheet read (xlsx), or null (CSV)
 * @param sheetCount how many sheets the workbook has (1 for CSV); only the first visible one is read
 */
public record ReadSheet(List<String> headers, List<SheetRow> rows, List<ImportProblem> problems, String sheetName,
                        int sheetCount) {

    public ReadSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** A file that cannot be read at all. */
    public static ReadSheet failed(String messageKey, Object... args) {
        return new ReadSheet(List.of(), List.of(), List.of(ImportProblem.ofFile(messageKey, args)), null, 0);
    }

    /** Whether the file was read without a file or header problem (its cells may still have problems). */
    public boolean readable() {
        return problems.isEmpty();
    }
}

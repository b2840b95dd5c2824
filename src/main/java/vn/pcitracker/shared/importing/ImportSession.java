package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.shared.TranslationKey;

/**
 * One uploaded file on its way in: read once, mapped (the proposed mapping, or the user's), checked by the module,
 * and committed. It holds no transaction and no user: the module's service methods that it calls own both.
 * Not thread-safe; one per wizard.
 */
public final class ImportSession {

    private final ImportDefinition definition;
    private final byte[] content;
    private final String fileName;
    private final ImportLimits limits;
    private final ReadSheet sheet;
    private final ColumnMapping proposed;
    private ColumnMapping mapping;

    /** Reads the file and proposes a mapping; {@link ImportSessions#open} does this with the user's memory. */
    public static ImportSession open(ImportDefinition definition, byte[] content, String fileName,
                                     HeaderMatcher matcher, Map<String, String> remembered) {
        ImportLimits limits = ImportLimits.of(definition);
        ReadSheet sheet = SpreadsheetReader.read(content, limits);
        return new ImportSession(definition, content, fileName, limits, sheet, matcher.match(sheet.headers(), remembered));
    }

    private ImportSession(ImportDefinition definition, byte[] content, String fileName, ImportLimits limits,
                          ReadSheet sheet, ColumnMapping proposed) {
        this.definition = definition;
        this.content = content;
        this.fileName = fileName;
        this.limits = limits;
        this.sheet = sheet;
        this.proposed = proposed;
        this.mapping = proposed;
    }

    public ImportDefinition definition() {
        return definition;
    }

    public String fileName() {
        return fileName;
    }

    public ReadSheet sheet() {
        return sheet;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The user's mapping, replacing the proposed one. */
    public void map(ColumnMapping chosen) {
        if (!chosen.headers().equals(sheet.headers())) {
            throw new IllegalArgumentException("the mapping is not of this file's headers");
        }
        this.mapping = chosen;
    }

    /** Whether the user changed the proposed mapping (then it is worth remembering). */
    public boolean mappingChanged() {
        return !mapping.equals(proposed);
    }

    /** The data rows of the file. */
    public int rowCount() {
        return sheet.rows().size();
    }

    /** Problems that stop the whole file: the reader's, and required columns no file column feeds. */
    public List<ImportProblem> fileProblems() {
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        if (sheet.readable()) {
            problems.addAll(missingColumns(mapping));
        }
        return problems;
    }

    /** The rows as mapped, cells by column id. */
    public List<ImportRow> rows() {
        return rows(sheet, mapping);
    }

    /**
     * Problems of the mapped cells the module never sees: formula and error cells, and blank cells of required
     * columns. Cells of ignored columns do not matter.
     */
    public List<ImportProblem> cellProblems() {
        return cellProblems(sheet, mapping);
    }

    /**
     * Checks the file: when it has file problems the module's check is not asked; else the module's problems come
     * with the cell problems, in row order (records that are {@link RowRecord}s of rows with a problem left out).
     */
    public <R> ImportPreview<R> preview(Function<List<ImportRow>, ImportPreview<R>> check) {
        List<ImportProblem> fileProblems = fileProblems();
        if (!fileProblems.isEmpty()) {
            return ImportPreview.refused(fileProblems);
        }
        ImportPreview<R> checked = check.apply(rows());
        ImportProblems problems = new ImportProblems().addAll(cellProblems()).addAll(checked.problems());
        List<ImportProblem> sorted = problems.list().stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)).toList();
        Set<Integer> badRows = sorted.stream().map(ImportProblem::row).collect(Collectors.toSet());
        List<R> records = checked.records().stream()
                .filter(record -> !(record instanceof RowRecord row && badRows.contains(row.row()))).toList();
        return new ImportPreview<>(records, sorted);
    }

    /**
     * Imports the file: reads it again from its bytes under the current mapping and checks the file and its cells
     * again; then the importer, which checks the rows again itself, stores all of them or none.
     */
    public ImportResult commit(Importer importer, ImportProgress progress) {
        ReadSheet again = SpreadsheetReader.read(content, limits);
        ColumnMapping mapped = new ColumnMapping(again.headers(), mapping.columnIds());
        List<ImportProblem> problems = new ArrayList<>(again.problems());
        if (problems.isEmpty()) {
            problems.addAll(missingColumns(mapped));
            problems.addAll(cellProblems(again, mapped));
        }
        return problems.isEmpty() ? importer.importRows(rows(again, mapped), progress) : ImportResult.refused(problems);
    }

    private List<ImportProblem> missingColumns(ColumnMapping mapped) {
        return mapped.missing(definition).stream().map(column -> ImportProblem.ofFile(ImportSessions.KEY
                + "missingColumn", new TranslationKey(column.headerKey()))).toList();
    }

    private static List<ImportRow> rows(ReadSheet sheet, ColumnMapping mapping) {
        List<ImportRow> rows = new ArrayList<>(sheet.rows().size());
        for (SheetRow row : sheet.rows()) {
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String id = mapping.columnId(c);
                if (id != null && row.cell(c) != null) {
                    cells.put(id, row.cell(c));
                }
            }
            rows.add(new ImportRow(row.row(), cells));
        }
        return rows;
    }

    private List<ImportProblem> cellProblems(ReadSheet read, ColumnMapping mapped) {
        List<ImportProblem> problems = new ArrayList<>();
        for (SheetRow row : read.rows()) {
            row.cellProblems().forEach((column, key) -> {
                if (mapped.columnId(column) != null) {
                    problems.add(new ImportProblem(row.row(), mapped.columnId(column), key));
                }
            });
            for (ImportColumn column : definition.requiredColumns()) {
                int index = mapped.indexOf(column.id());
                if (index >= 0 && row.cell(index) == null && !row.cellProblems().containsKey(index)) {
                    problems.add(new ImportProblem(row.row(), column.id(), ImportProblems.REQUIRED));
                }
            }
        }
        return problems;
    }
}

package vn.pcitracker.shared.importing;

import java.util.List;

/**
 * What a file would import: the records a module's check made of the rows, and every problem found. Only a preview
 * without problems may be imported.
 *
 * @param records  what each valid row would become (for the preview grid)
 * @param problems every problem, by row and column
 */
public record ImportPreview<R>(List<R> records, List<ImportProblem> problems) {

    public ImportPreview {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    public static <R> ImportPreview<R> of(List<R> records, ImportProblems problems) {
        return new ImportPreview<>(records, problems.list());
    }

    public static <R> ImportPreview<R> refused(List<ImportProblem> problems) {
        return new ImportPreview<>(List.of(), problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** How many data rows have at least one problem (file-level problems, row 0, not counted). */
    public long rowsWithProblems() {
        return problems.stream().mapToInt(ImportProblem::row).filter(row -> row > 1).distinct().count();
    }
}

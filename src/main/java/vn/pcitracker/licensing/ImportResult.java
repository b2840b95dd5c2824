package vn.pcitracker.licensing;

import java.util.List;

/**
 * The outcome of an import: either accepted (no problems; counts of lines inserted, updated and unchanged) or
 * refused (every problem found; nothing was written and the counts are zero).
 */
public record ImportResult(int inserted, int updated, int unchanged, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    static ImportResult refused(List<ImportProblem> problems) {
        return new ImportResult(0, 0, 0, problems);
    }
}

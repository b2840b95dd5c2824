package vn.pcitracker.indicator;

import java.util.List;

/**
 * The outcome of an import: results inserted, replaced with other figures, and unchanged; or every problem and
 * nothing written.
 */
public record DdciImportResult(int inserted, int replaced, int unchanged, List<DdciImportProblem> problems) {

    public DdciImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}

package vn.pcitracker.indicator;

import java.util.List;

/**
 * What an import of a DDCI results file would do: every row checked, and every problem by line and column. The file
 * may be imported only when there is no problem; then all its rows are written, else none.
 */
public record DdciImportPreview(List<DdciImportRow> rows, List<DdciImportProblem> problems) {

    public DdciImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}

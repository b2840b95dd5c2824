package vn.pcitracker.indicator;

import java.util.List;

/**
 * What an uploaded results file would do: its rows when every row is valid, or every problem (then no row is
 * shown and nothing may be imported). After an import, {@code imported} is true.
 */
public record ResultImportPreview(List<ResultImportRow> rows, List<CsvProblem> problems, boolean imported) {

    public ResultImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long newProvinces() {
        return rows.stream().filter(ResultImportRow::newProvince).map(ResultImportRow::provinceCode).distinct().count();
    }

    public long replacedResults() {
        return rows.stream().filter(ResultImportRow::replacesResult).count();
    }
}

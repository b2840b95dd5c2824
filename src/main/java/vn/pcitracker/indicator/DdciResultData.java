package vn.pcitracker.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;

/**
 * {@code reference/ddci_results.csv}: published DDCI results with their source, checked by the same rules as an
 * officer's import and stored the same way (a reload replaces a unit's result of that catalogue and year).
 */
@Component
class DdciResultData implements ReferenceDataSet {

    static final String FILE = "reference/ddci_results.csv";

    private final DdciResultImporter importer;

    DdciResultData(DdciResultImporter importer) {
        this.importer = importer;
    }

    @Override
    public int order() {
        return 28;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        return load(files, FILE);
    }

    /** Checks every row (a bad row stops the whole reload with its line), then stores them all. */
    LoadResult load(CsvFiles files, String file) {
        DdciResultRowCheck check = importer.rowCheck();
        List<DdciResultRowCheck.Checked> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(file)) {
            ImportProblems problems = new ImportProblems();
            DdciResultRowCheck.Checked checked = check.check((int) row.line(), row::optional, List.of(), problems);
            if (checked == null) {
                ImportProblem first = problems.list().getFirst();
                throw row.problem(first.column() + ": " + first.messageKey() + " " + Arrays.toString(first.args()));
            }
            if (!seen.add(checked.fileKey())) {
                throw row.problem("unit listed twice for the same catalogue and year: " + checked.row().unitName());
            }
            rows.add(checked);
        }
        ImportResult stored = importer.store(rows, ImportProgress.NONE);
        LoadResult.Counter counter = LoadResult.counter(file);
        for (int i = 0; i < stored.created(); i++) {
            counter.inserted();
        }
        for (int i = 0; i < stored.updated(); i++) {
            counter.updated(true);
        }
        for (int i = 0; i < stored.unchanged(); i++) {
            counter.updated(false);
        }
        return counter.result();
    }
}

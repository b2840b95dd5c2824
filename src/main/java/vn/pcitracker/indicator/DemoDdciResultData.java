package vn.pcitracker.indicator;

import org.springframework.stereotype.Component;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code demo/ddci_results.csv}: synthetic results (marked so, "Minh họa" on screen) for the trend and scorecard. */
@Component
class DemoDdciResultData implements ReferenceDataSet {

    static final String FILE = "demo/ddci_results.csv";

    private final DdciResultData results;

    DemoDdciResultData(DdciResultData results) {
        this.results = results;
    }

    @Override
    public int order() {
        return 47;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        return results.load(files, FILE);
    }
}

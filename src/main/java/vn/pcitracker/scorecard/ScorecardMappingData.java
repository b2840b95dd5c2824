package vn.pcitracker.scorecard;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code reference/scorecard_measure_components.csv}: which DDCI components each scorecard measure reflects. The
 * file is the whole mapping: a reload adds the pairs new in the file and removes those no longer in it (counted as
 * updated), so editing the file and reloading changes it.
 */
@Component
class ScorecardMappingData implements ReferenceDataSet {

    static final String FILE = "reference/scorecard_measure_components.csv";

    private final ScorecardMapping mapping;

    ScorecardMappingData(ScorecardMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public int order() {
        return 29;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        Map<String, ScorecardMapping.Known> known = mapping.byCode();
        Set<String> pairs = new LinkedHashSet<>();
        for (CsvRow row : files.read(FILE)) {
            ScorecardMeasure measure = row.enumValue("measure", ScorecardMeasure.class);
            String key = row.text("catalogue_code") + "/" + row.text("component_code");
            ScorecardMapping.Known component = known.get(key);
            if (component == null) {
                throw row.problem("unknown DDCI component " + key);
            }
            if (!pairs.add(measure.name() + "/" + component.componentId())) {
                throw row.problem("pair listed twice: " + measure + " " + key);
            }
        }
        Set<String> before = mapping.stored();
        mapping.replace(pairs);
        LoadResult.Counter counter = LoadResult.counter(FILE);
        pairs.forEach(pair -> {
            if (before.contains(pair)) {
                counter.updated(false);
            } else {
                counter.inserted();
            }
        });
        before.stream().filter(pair -> !pairs.contains(pair)).forEach(removed -> counter.updated(true));
        return counter.result();
    }
}

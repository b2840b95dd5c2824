package vn.pcitracker.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code reference/scorecard_measure_components.csv}: which DDCI components each scorecard measure reflects. The
 * file is the whole mapping: a reload replaces what was stored, so editing the file and reloading changes it.
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
        Map<ScorecardMeasure, List<Long>> pairs = new EnumMap<>(ScorecardMeasure.class);
        for (CsvRow row : files.read(FILE)) {
            ScorecardMeasure measure = row.enumValue("measure", ScorecardMeasure.class);
            String key = row.text("catalogue_code") + "/" + row.text("component_code");
            ScorecardMapping.Known component = known.get(key);
            if (component == null) {
                throw row.problem("unknown DDCI component " + key);
            }
            List<Long> ids = pairs.computeIfAbsent(measure, m -> new ArrayList<>());
            if (ids.contains(component.componentId())) {
                throw row.problem("pair listed twice: " + measure + " " + key);
            }
            ids.add(component.componentId());
        }
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (int i = mapping.replace(pairs); i > 0; i--) {
            counter.inserted();
        }
        return counter.result();
    }
}

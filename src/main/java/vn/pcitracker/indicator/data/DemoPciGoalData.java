package vn.pcitracker.indicator.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciGoal;
import vn.pcitracker.indicator.domain.PciGoalRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code demo/pci_goals.csv}: the demo province's goals, keyed by province and year. A goal already there is left
 * as it is, so that an officer's edits survive a reload.
 */
@Component
class DemoPciGoalData implements ReferenceDataSet {

    static final String FILE = "demo/pci_goals.csv";

    private final ProvinceRepository provinces;
    private final PciSubIndexRepository subIndices;
    private final PciGoalRepository goals;

    DemoPciGoalData(ProvinceRepository provinces, PciSubIndexRepository subIndices, PciGoalRepository goals) {
        this.provinces = provinces;
        this.subIndices = subIndices;
        this.goals = goals;
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            long provinceId = provinces.findByCode(row.text("province_code"))
                    .orElseThrow(() -> row.problem("unknown province " + row.text("province_code"))).getId();
            int year = Years.edition(row, "year");
            if (goals.findByProvinceIdAndYearAndRetiredAtIsNull(provinceId, year).isPresent()) {
                counter.updated(false);
                continue;
            }
            PciGoal goal = new PciGoal(provinceId, year);
            goal.setTargetComposite(Decimals.within(row, "target_composite", 0, 100, 2));
            Integer rank = row.integer("target_rank");
            if (rank != null && rank < 1) {
                throw row.problem("column 'target_rank' must be 1 or more: " + rank);
            }
            goal.setTargetRank(rank);
            goal.setSourceDocument(row.text("source_document"));
            goal.setSourceUrl(row.optional("source_url"));
            goal.setNote(row.optional("note"));
            goal.setSynthetic(row.bool("synthetic", false));
            goal.setSubIndexTargets(targets(row));
            goals.save(goal);
            counter.inserted();
        }
        return counter.result();
    }

    private Map<Long, BigDecimal> targets(CsvRow row) {
        Map<Long, BigDecimal> targets = new HashMap<>();
        for (PciSubIndex subIndex : subIndices.findAllByOrderByNumber()) {
            BigDecimal target = Decimals.within(row, subIndex.getCode(), 0, 10, 2);
            if (target != null) {
                targets.put(subIndex.getId(), target);
            }
        }
        return targets;
    }
}

package vn.pcitracker.indicator.data;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciResult;
import vn.pcitracker.indicator.domain.PciResultRepository;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code pci_sub_index_scores.csv}, keyed by province, year and sub-index code. The scores belong to the
 * province's result of that year, created (without composite) when the results file has none; the row's
 * source becomes the result's source only when the result has none.
 */
@Component
class PciSubIndexScoreData implements ReferenceDataSet {

    static final String FILE = "reference/pci_sub_index_scores.csv";

    private final ProvinceRepository provinces;
    private final PciResultRepository results;
    private final PciSubIndexRepository subIndices;

    PciSubIndexScoreData(ProvinceRepository provinces, PciResultRepository results, PciSubIndexRepository subIndices) {
        this.provinces = provinces;
        this.results = results;
        this.subIndices = subIndices;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            long provinceId = provinces.findByCode(row.text("province_code"))
                    .orElseThrow(() -> row.problem("unknown province " + row.text("province_code"))).getId();
            int year = Years.edition(row, "year");
            long subIndexId = subIndices.findByCode(row.text("sub_index_code"))
                    .orElseThrow(() -> row.problem("unknown sub-index code " + row.text("sub_index_code"))).getId();
            BigDecimal score = Decimals.within(row, "score", 0, 10, 2);
            PciResult result = results.findByProvinceIdAndYear(provinceId, year)
                    .orElseGet(() -> results.save(new PciResult(provinceId, year)));
            if (result.getSourceUrl() == null && row.optional("source_url") != null) {
                result.setSourceUrl(row.optional("source_url"));
            }
            BigDecimal stored = result.getScores().get(subIndexId);
            if (score == null) {
                counter.updated(false);
            } else if (stored == null) {
                result.putScore(subIndexId, score);
                counter.inserted();
            } else {
                boolean changed = !Changes.same(score, stored);
                if (changed) {
                    result.putScore(subIndexId, score);
                }
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

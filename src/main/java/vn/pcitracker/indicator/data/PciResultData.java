package vn.pcitracker.indicator.data;

import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciResult;
import vn.pcitracker.indicator.domain.PciResultRepository;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code pci_results.csv}: published composite and rank, keyed by province and year. */
@Component
class PciResultData implements ReferenceDataSet {

    static final String FILE = "reference/pci_results.csv";

    private final ProvinceRepository provinces;
    private final PciResultRepository results;

    PciResultData(ProvinceRepository provinces, PciResultRepository results) {
        this.provinces = provinces;
        this.results = results;
    }

    @Override
    public int order() {
        return 24;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            long provinceId = provinces.findByCode(row.text("province_code"))
                    .orElseThrow(() -> row.problem("unknown province " + row.text("province_code"))).getId();
            int year = Years.edition(row, "year");
            Integer rank = row.integer("rank");
            if (rank != null && rank < 1) {
                throw row.problem("column 'rank' must be 1 or more: " + rank);
            }
            PciResult stored = results.findByProvinceIdAndYear(provinceId, year).orElse(null);
            boolean isNew = stored == null;
            PciResult target = isNew ? new PciResult(provinceId, year) : stored;
            boolean changed = new Changes()
                    .set(Decimals.within(row, "composite", 0, 100, 2), target.getComposite(), target::setComposite)
                    .set(rank, target.getRank(), target::setRank)
                    .set(row.optional("source_url"), target.getSourceUrl(), target::setSourceUrl)
                    .any();
            if (isNew) {
                results.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

package vn.pcitracker.indicator.data;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciEdition;
import vn.pcitracker.indicator.domain.PciEditionRepository;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code pci_edition_weights.csv}, keyed by year and sub-index code. Weights the file does not list stay as
 * stored: an administrator enters the weights of editions the file leaves out. Editions whose weights an
 * administrator entered or cleared keep them.
 */
@Component
class PciEditionWeightData implements ReferenceDataSet {

    static final String FILE = "reference/pci_edition_weights.csv";

    private final PciEditionRepository editions;
    private final PciSubIndexRepository subIndices;

    PciEditionWeightData(PciEditionRepository editions, PciSubIndexRepository subIndices) {
        this.editions = editions;
        this.subIndices = subIndices;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            int year = Years.edition(row, "year");
            PciEdition edition = editions.findByYear(year)
                    .orElseThrow(() -> row.problem("no edition " + year + " in " + PciEditionData.FILE));
            long subIndexId = subIndices.findByCode(row.text("sub_index_code"))
                    .orElseThrow(() -> row.problem("unknown sub-index code " + row.text("sub_index_code")))
                    .getId();
            BigDecimal weight = Decimals.within(row, "weight", 0, 100, 3);
            if (edition.isWeightsEditedLocally()) {
                counter.keptLocalEdit();
                continue;
            }
            BigDecimal stored = edition.getWeights().get(subIndexId);
            if (weight == null) {
                counter.updated(false);
            } else if (stored == null) {
                edition.putWeight(subIndexId, weight);
                counter.inserted();
            } else {
                boolean changed = !Changes.same(weight, stored);
                if (changed) {
                    edition.putWeight(subIndexId, weight);
                }
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

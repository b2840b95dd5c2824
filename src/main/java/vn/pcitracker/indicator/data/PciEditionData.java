package vn.pcitracker.indicator.data;

import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciEdition;
import vn.pcitracker.indicator.domain.PciEditionRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code pci_editions.csv}, keyed by year. */
@Component
class PciEditionData implements ReferenceDataSet {

    static final String FILE = "reference/pci_editions.csv";

    private final PciEditionRepository editions;

    PciEditionData(PciEditionRepository editions) {
        this.editions = editions;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            int year = Years.edition(row, "year");
            PciEdition stored = editions.findByYear(year).orElse(null);
            boolean isNew = stored == null;
            if (isNew) {
                stored = new PciEdition(year);
            }
            PciEdition target = stored;
            boolean changed = new Changes()
                    .set(row.optional("note"), target.getNote(), target::setNote)
                    .set(row.optional("source_url"), target.getSourceUrl(), target::setSourceUrl)
                    .any();
            if (isNew) {
                editions.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

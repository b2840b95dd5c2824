package vn.pcitracker.indicator.data;

import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code pci_sub_indices.csv}, keyed by code. */
@Component
class PciSubIndexData implements ReferenceDataSet {

    static final String FILE = "reference/pci_sub_indices.csv";

    private final PciSubIndexRepository subIndices;

    PciSubIndexData(PciSubIndexRepository subIndices) {
        this.subIndices = subIndices;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            int number = row.integer("number") == null ? 0 : row.integer("number");
            if (number < 1 || number > 10) {
                throw row.problem("column 'number' must be 1-10");
            }
            PciSubIndex stored = subIndices.findByCode(row.text("code")).orElse(null);
            if (stored == null) {
                stored = new PciSubIndex(row.text("code"), number, row.text("name_vi"), row.text("name_en"));
                apply(row, stored);
                subIndices.save(stored);
                counter.inserted();
            } else {
                counter.updated(apply(row, stored).set(number, stored.getNumber(), stored::setNumber).any());
            }
        }
        return counter.result();
    }

    private static Changes apply(CsvRow row, PciSubIndex target) {
        return new Changes()
                .set(row.optional("name_vi"), target.getNameVi(), target::setNameVi)
                .set(row.optional("name_en"), target.getNameEn(), target::setNameEn)
                .set(row.optional("description_vi"), target.getDescriptionVi(), target::setDescriptionVi)
                .set(row.optional("description_en"), target.getDescriptionEn(), target::setDescriptionEn)
                .set(row.optional("source_url"), target.getSourceUrl(), target::setSourceUrl);
    }
}

package vn.pcitracker.indicator.data;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.DdciComponent;
import vn.pcitracker.indicator.domain.DdciComponentRepository;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code ddci_components.csv}, keyed by catalogue and code. A component an administrator edited is kept as
 * it is and counted as a local edit.
 */
@Component
class DdciComponentData implements ReferenceDataSet {

    static final String FILE = "reference/ddci_components.csv";

    private final DdciCatalogueRepository catalogues;
    private final DdciComponentRepository components;
    private final PciSubIndexRepository subIndices;

    DdciComponentData(DdciCatalogueRepository catalogues, DdciComponentRepository components,
                      PciSubIndexRepository subIndices) {
        this.catalogues = catalogues;
        this.components = components;
        this.subIndices = subIndices;
    }

    @Override
    public int order() {
        return 27;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            long catalogueId = catalogues.findByCode(row.text("catalogue_code"))
                    .orElseThrow(() -> row.problem("unknown catalogue " + row.text("catalogue_code"))).getId();
            Integer position = row.integer("position");
            Set<Long> mapped = new LinkedHashSet<>();
            for (String code : row.list("pci_sub_index_codes")) {
                mapped.add(subIndices.findByCode(code)
                        .orElseThrow(() -> row.problem("unknown PCI sub-index code " + code)).getId());
            }
            DdciComponent stored = components.findByCatalogueIdAndCode(catalogueId, row.text("code")).orElse(null);
            if (stored != null && stored.isModifiedLocally()) {
                counter.keptLocalEdit();
                continue;
            }
            boolean isNew = stored == null;
            if (isNew && position == null) {
                throw row.problem("column 'position' is empty");
            }
            DdciComponent target = isNew ? new DdciComponent(catalogueId, row.text("code"),
                    position, row.text("name_vi")) : stored;
            boolean changed = new Changes()
                    .set(position, target.getPosition(), target::setPosition)
                    .set(row.optional("name_vi"), target.getNameVi(), target::setNameVi)
                    .set(row.optional("name_en"), target.getNameEn(), target::setNameEn)
                    .set(mapped.isEmpty() ? null : Set.copyOf(mapped), target.getPciSubIndexIds(),
                            target::setPciSubIndexIds)
                    .any();
            if (isNew) {
                components.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

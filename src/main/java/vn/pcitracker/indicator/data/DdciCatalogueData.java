package vn.pcitracker.indicator.data;

import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.indicator.domain.DdciCatalogue;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code ddci_catalogues.csv}, keyed by code. */
@Component
class DdciCatalogueData implements ReferenceDataSet {

    static final String FILE = "reference/ddci_catalogues.csv";

    private final DdciCatalogueRepository catalogues;

    DdciCatalogueData(DdciCatalogueRepository catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public int order() {
        return 26;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            UnitLevel level = row.enumValue("unit_level", UnitLevel.class);
            Integer firstYear = row.integer("first_year");
            Integer lastYear = row.integer("last_year");
            if (firstYear != null && lastYear != null && lastYear < firstYear) {
                throw row.problem("last_year is before first_year");
            }
            DdciCatalogue stored = catalogues.findByCode(row.text("code")).orElse(null);
            boolean isNew = stored == null;
            DdciCatalogue target = isNew ? new DdciCatalogue(row.text("code"), row.text("name_vi"), level) : stored;
            Boolean referenceModel = row.optional("reference_model") == null ? null : row.bool("reference_model", false);
            boolean changed = new Changes()
                    .set(row.optional("name_vi"), target.getNameVi(), target::setNameVi)
                    .set(row.optional("name_en"), target.getNameEn(), target::setNameEn)
                    .set(level, target.getUnitLevel(), target::setUnitLevel)
                    .set(referenceModel, target.isReferenceModel(), target::setReferenceModel)
                    .set(firstYear, target.getFirstYear(), target::setFirstYear)
                    .set(lastYear, target.getLastYear(), target::setLastYear)
                    .set(row.optional("source_url"), target.getSourceUrl(), target::setSourceUrl)
                    .any();
            if (isNew) {
                catalogues.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

package vn.pcitracker.organization;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.organization.domain.Association;
import vn.pcitracker.organization.domain.AssociationRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code reference/associations.csv}, upserted by code; associations an administrator edited are kept. */
@Component
class AssociationReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/associations.csv";

    private final AssociationRepository associations;

    AssociationReferenceData(AssociationRepository associations) {
        this.associations = associations;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("associations");
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            String code = Upserts.requiredFitting(row, "code", AssociationForm.CODE_MAX);
            if (!seen.add(code)) {
                throw row.problem("code " + code + " appears twice");
            }
            Association association = associations.findByCode(code).orElse(null);
            if (association != null && association.isModifiedLocally()) {
                counter.keptLocalEdit();
                continue;
            }
            boolean inserted = association == null;
            if (inserted) {
                association = new Association(code, row.text("name_vi"));
            }
            boolean changed = applyColumns(row, association);
            if (inserted) {
                associations.save(association);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }

    private static boolean applyColumns(CsvRow row, Association association) {
        boolean changed = Upserts.put(Upserts.requiredFitting(row, "name_vi", AssociationForm.NAME_MAX),
                association::getNameVi, association::setNameVi);
        changed |= Upserts.put(Upserts.fitting(row, "name_en", AssociationForm.NAME_MAX),
                association::getNameEn, association::setNameEn);
        changed |= Upserts.put(Upserts.taxCode(row, "tax_code"), association::getTaxCode, association::setTaxCode);
        changed |= Upserts.put(Upserts.fitting(row, "sector", AssociationForm.SECTOR_MAX),
                association::getSector, association::setSector);
        changed |= Upserts.put(Upserts.fitting(row, "source_url", 500), association::getSourceUrl, association::setSourceUrl);
        return changed;
    }
}

package vn.pcitracker.organization;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.organization.domain.Enterprise;
import vn.pcitracker.organization.domain.EnterpriseRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code demo/enterprises.csv}: made-up firms for the demo, upserted by tax code; officers' edits are kept. */
@Component
class DemoEnterpriseData implements ReferenceDataSet {

    static final String FILE = "demo/enterprises.csv";

    private final EnterpriseRepository enterprises;

    DemoEnterpriseData(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("demo enterprises");
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            row.text("tax_code");
            String taxCode = Upserts.taxCode(row, "tax_code");
            if (!seen.add(taxCode)) {
                throw row.problem("tax code " + taxCode + " appears twice");
            }
            Enterprise enterprise = enterprises.findByTaxCode(taxCode).orElse(null);
            if (enterprise != null && enterprise.isModifiedLocally()) {
                counter.keptLocalEdit();
                continue;
            }
            boolean inserted = enterprise == null;
            if (inserted) {
                enterprise = new Enterprise(taxCode, row.text("name"));
            }
            boolean changed = applyColumns(row, enterprise);
            if (inserted) {
                enterprises.save(enterprise);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }

    private static boolean applyColumns(CsvRow row, Enterprise enterprise) {
        boolean changed = Upserts.put(Upserts.requiredFitting(row, "name", EnterpriseForm.NAME_MAX),
                enterprise::getName, enterprise::setName);
        changed |= Upserts.put(Upserts.fitting(row, "sector", EnterpriseForm.SECTOR_MAX), enterprise::getSector, enterprise::setSector);
        changed |= Upserts.put(Upserts.fitting(row, "address", EnterpriseForm.ADDRESS_MAX), enterprise::getAddress, enterprise::setAddress);
        changed |= Upserts.put(Upserts.fitting(row, "contact_name", EnterpriseForm.CONTACT_NAME_MAX),
                enterprise::getContactName, enterprise::setContactName);
        changed |= Upserts.put(Upserts.fitting(row, "contact_phone", EnterpriseForm.CONTACT_PHONE_MAX),
                enterprise::getContactPhone, enterprise::setContactPhone);
        changed |= Upserts.put(Upserts.fitting(row, "contact_email", EnterpriseForm.CONTACT_EMAIL_MAX),
                enterprise::getContactEmail, enterprise::setContactEmail);
        changed |= Upserts.put(row.bool("synthetic", true), enterprise::isSynthetic, enterprise::setSynthetic);
        return changed;
    }
}

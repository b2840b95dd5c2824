package vn.pcitracker.indicator.data;

import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code provinces.csv}, keyed by code. */
@Component
class ProvinceData implements ReferenceDataSet {

    static final String FILE = "reference/provinces.csv";

    private final ProvinceRepository provinces;

    ProvinceData(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    @Override
    public int order() {
        return 23;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            Province stored = provinces.findByCode(row.text("code")).orElse(null);
            boolean isNew = stored == null;
            Province target = isNew ? new Province(row.text("code"), row.text("name_vi")) : stored;
            boolean changed = new Changes()
                    .set(row.optional("name_vi"), target.getNameVi(), target::setNameVi)
                    .set(row.optional("name_en"), target.getNameEn(), target::setNameEn)
                    .set(row.optional("note"), target.getNote(), target::setNote)
                    .any();
            if (isNew) {
                provinces.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }
}

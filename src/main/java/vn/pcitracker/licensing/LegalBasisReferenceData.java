package vn.pcitracker.licensing;

import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/** {@code legal_bases.csv}, keyed by code. */
@Component
class LegalBasisReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/legal_bases.csv";

    private final LegalBasisRepository bases;

    LegalBasisReferenceData(LegalBasisRepository bases) {
        this.bases = bases;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter(FILE);
        for (CsvRow row : files.read(FILE)) {
            var from = row.date("effective_from");
            var to = row.date("effective_to");
            if (from != null && to != null && to.isBefore(from)) {
                throw row.problem("effective_to is before effective_from");
            }
            LegalBasis stored = bases.findByCode(row.text("code")).orElse(null);
            LegalBasis target = stored == null ? new LegalBasis(row.text("code"), row.text("name_vi")) : stored;
            boolean changed = set(row.text("name_vi"), target.getNameVi(), target::setNameVi)
                    | set(row.optional("name_en"), target.getNameEn(), target::setNameEn)
                    | set(from, target.getEffectiveFrom(), target::setEffectiveFrom)
                    | set(to, target.getEffectiveTo(), target::setEffectiveTo)
                    | set(row.optional("source_url"), target.getSourceUrl(), target::setSourceUrl);
            if (stored == null) {
                bases.save(target);
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }

    private static <T> boolean set(T value, T current, Consumer<T> setter) {
        if (Objects.equals(value, current)) {
            return false;
        }
        setter.accept(value);
        return true;
    }
}

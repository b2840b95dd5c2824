package vn.pcitracker.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.organization.domain.Agency;
import vn.pcitracker.organization.domain.AgencyRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * {@code reference/agencies.csv}, upserted by code in two passes: first the rows themselves, then parents
 * and successors by code, so that a row may refer to one further down the file.
 */
@Component
class AgencyReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/agencies.csv";

    private final AgencyRepository agencies;

    AgencyReferenceData(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("agencies");
        Map<String, Agency> byCode = new HashMap<>();
        agencies.findAll().forEach(agency -> byCode.put(agency.getCode(), agency));
        Set<String> seen = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (CsvRow row : files.read(FILE)) {
            String code = Upserts.requiredFitting(row, "code", AgencyForm.CODE_MAX);
            if (!seen.add(code)) {
                throw row.problem("code " + code + " appears twice");
            }
            Agency agency = byCode.get(code);
            if (agency != null && agency.isModifiedLocally()) {
                counter.keptLocalEdit();
                continue;
            }
            boolean inserted = agency == null;
            if (inserted) {
                agency = new Agency(code, row.text("name_vi"), row.enumValue("kind", AgencyKind.class));
            }
            boolean changed = applyColumns(row, agency);
            if (inserted) {
                agency = agencies.save(agency);
                byCode.put(code, agency);
            }
            pending.add(new Pending(row, agency, inserted, changed));
        }
        for (Pending item : pending) {
            boolean changed = applyLinks(item.row(), item.agency(), byCode) || item.changed();
            if (item.inserted()) {
                counter.inserted();
            } else {
                counter.updated(changed);
            }
        }
        return counter.result();
    }

    private static boolean applyColumns(CsvRow row, Agency agency) {
        boolean changed = Upserts.put(Upserts.requiredFitting(row, "name_vi", AgencyForm.NAME_MAX), agency::getNameVi, agency::setNameVi);
        changed |= Upserts.put(Upserts.fitting(row, "name_en", AgencyForm.NAME_MAX), agency::getNameEn, agency::setNameEn);
        changed |= Upserts.put(row.enumValue("kind", AgencyKind.class), agency::getKind, agency::setKind);
        changed |= Upserts.put(row.date("valid_from"), agency::getValidFrom, agency::setValidFrom);
        changed |= Upserts.put(row.date("valid_to"), agency::getValidTo, agency::setValidTo);
        changed |= Upserts.put(Upserts.fitting(row, "source_url", 500), agency::getSourceUrl, agency::setSourceUrl);
        changed |= Upserts.put(Upserts.fitting(row, "note", 1000), agency::getNote, agency::setNote);
        if (agency.getValidFrom() != null && agency.getValidTo() != null && agency.getValidTo().isBefore(agency.getValidFrom())) {
            throw row.problem("valid_to is before valid_from");
        }
        return changed;
    }

    private static boolean applyLinks(CsvRow row, Agency agency, Map<String, Agency> byCode) {
        boolean changed = false;
        String parentCode = row.optional("parent_code");
        if (parentCode != null) {
            Long parentId = resolve(row, parentCode, byCode);
            if (Objects.equals(parentId, agency.getId())) {
                throw row.problem("an agency cannot be its own parent");
            }
            changed = Upserts.put(parentId, agency::getParentId, agency::setParentId);
        }
        List<String> successorCodes = row.list("successor_codes");
        if (!successorCodes.isEmpty()) {
            List<Long> successorIds = successorCodes.stream().map(code -> resolve(row, code, byCode)).toList();
            if (successorIds.contains(agency.getId()) || new HashSet<>(successorIds).size() != successorIds.size()) {
                throw row.problem("successor_codes name the agency itself or one agency twice");
            }
            changed |= agency.replaceSuccessors(successorIds);
        }
        return changed;
    }

    private static Long resolve(CsvRow row, String code, Map<String, Agency> byCode) {
        Agency agency = byCode.get(code);
        if (agency == null) {
            throw row.problem("unknown agency code " + code);
        }
        return agency.getId();
    }

    private record Pending(CsvRow row, Agency agency, boolean inserted, boolean changed) {
    }
}

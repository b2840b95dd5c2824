package vn.pcitracker.licensing;

import java.util.Set;

/** A licensing procedure (code in the national procedures database) and the conditional lines it serves. */
public record LicensingProcedureSummary(long id, String code, String nameVi, long issuingAgencyId, int statutoryDays,
                                        Integer reducedDays, Set<Long> lineIds, long version) {

    public LicensingProcedureSummary {
        lineIds = lineIds == null ? Set.of() : Set.copyOf(lineIds);
    }
}

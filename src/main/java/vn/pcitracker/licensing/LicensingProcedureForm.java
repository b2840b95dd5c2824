package vn.pcitracker.licensing;

import java.util.Set;

/** What a user enters for a licensing procedure; {@code reducedDays} null when the province has not cut it. */
public record LicensingProcedureForm(String code, String nameVi, Long issuingAgencyId, Integer statutoryDays,
                                     Integer reducedDays, Set<Long> lineIds) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 1000;

    public LicensingProcedureForm {
        lineIds = lineIds == null ? Set.of() : Set.copyOf(lineIds);
    }
}

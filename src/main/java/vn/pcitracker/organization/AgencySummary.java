package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** An agency as other modules and views see it; {@code successorIds} first = primary successor. */
public record AgencySummary(long id, String code, String nameVi, String nameEn, AgencyKind kind, Long parentId,
                            LocalDate validFrom, LocalDate validTo, List<Long> successorIds, long version) {

    public AgencySummary {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    }

    /** The English name for English readers when there is one, else the Vietnamese (official) name. */
    public String name(Locale locale) {
        return OrganizationNames.pick(nameVi, nameEn, locale);
    }

    /** Valid on {@code day}: no start date or started by then, and no end date or not yet ended. */
    public boolean activeOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean retiredOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}

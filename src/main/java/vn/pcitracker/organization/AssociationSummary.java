package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.Locale;

/** A business association as other modules and views see it. */
public record AssociationSummary(long id, String code, String nameVi, String nameEn, String taxCode, String sector,
                                 String contactName, String contactPhone, String contactEmail, LocalDate retiredOn,
                                 boolean synthetic, long version) {

    public String name(Locale locale) {
        return OrganizationNames.pick(nameVi, nameEn, locale);
    }

    public boolean active() {
        return retiredOn == null;
    }
}

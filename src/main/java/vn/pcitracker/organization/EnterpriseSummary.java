package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.Locale;

/** An enterprise as other modules and views see it; {@code synthetic} marks made-up demo firms. */
public record EnterpriseSummary(long id, String taxCode, String name, String sector, String address,
                                String contactName, String contactPhone, String contactEmail, LocalDate retiredOn,
                                boolean synthetic, long version) {

    /** Firms have one registered name; the locale is accepted for symmetry with agencies and associations. */
    public String name(Locale locale) {
        return name;
    }

    public boolean active() {
        return retiredOn == null;
    }
}

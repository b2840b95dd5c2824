package vn.pcitracker.licensing;

import java.time.LocalDate;
import java.util.Locale;

/** A legal basis of the catalogue; {@code effectiveFrom} is null when unknown. */
public record LegalBasisSummary(long id, String code, String nameVi, String nameEn, LocalDate effectiveFrom,
                                LocalDate effectiveTo, String sourceUrl) {

    /** The English name for English readers when there is one, else the Vietnamese (official) name. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}

package vn.pcitracker.licensing;

import java.time.LocalDate;
import java.util.Locale;

/** A conditional business line as views and other modules see it. */
public record ConditionalLineSummary(long id, long legalBasisId, String legalBasisCode, int number, String nameVi,
                                     String nameEn, String managingMinistry, LocalDate validFrom, LocalDate validTo,
                                     LineOutcome nextOutcome, Long nextLineId, String sourceUrl, long version) {

    /** The English name for English readers when there is one, else the Vietnamese (official) name. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}

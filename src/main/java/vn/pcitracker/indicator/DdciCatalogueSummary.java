package vn.pcitracker.indicator;

import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/** A DDCI component catalogue; years are null when the catalogue is not tied to a span of years. */
public record DdciCatalogueSummary(long id, String code, String nameVi, String nameEn, UnitLevel unitLevel,
                                   boolean referenceModel, Integer firstYear, Integer lastYear, String sourceUrl,
                                   long componentCount) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

package vn.pcitracker.scorecard;

import java.util.Locale;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.shared.i18n.AppLocales;

/** A DDCI component a scorecard measure reflects, with its catalogue's unit level. */
public record MappedComponent(String catalogueCode, UnitLevel unitLevel, String componentCode, String nameVi,
                              String nameEn) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

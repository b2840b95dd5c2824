package vn.pcitracker.indicator;

import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/** A PCI sub-index as other modules and views see it; {@code code} is stable (ENTRY, LAND, ...). */
public record SubIndex(long id, String code, int number, String nameVi, String nameEn,
                       String descriptionVi, String descriptionEn, String sourceUrl) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }

    public String description(Locale locale) {
        return AppLocales.isVietnamese(locale) || descriptionEn == null ? descriptionVi : descriptionEn;
    }
}

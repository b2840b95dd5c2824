package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SortedMap;
import vn.pcitracker.shared.i18n.AppLocales;

/** One province's published composites by year, for the comparison chart; years without one are absent. */
public record ProvinceComposites(String provinceCode, String nameVi, String nameEn,
                                 SortedMap<Integer, BigDecimal> composites) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * One province's published PCI for one year as stored (from the reference data or an import): any figure may be
 * null; {@code subIndexScores} is keyed by sub-index code, in sub-index order, and empty when unknown.
 */
public record ProvinceResult(String provinceCode, String nameVi, String nameEn, int year, BigDecimal composite,
                             Integer rank, Map<String, BigDecimal> subIndexScores, String sourceUrl) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

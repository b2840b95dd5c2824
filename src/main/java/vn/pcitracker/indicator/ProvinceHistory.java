package vn.pcitracker.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * Everything the PCI overview needs for one province: one entry per PCI edition year (ordered by year, with
 * nulls where nothing is known) and the sub-indices that name the axes of the radar chart.
 */
public record ProvinceHistory(String provinceCode, String nameVi, String nameEn, String note,
                              List<SubIndex> subIndices, List<PciYearResult> years) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }

    public Optional<PciYearResult> year(int year) {
        return years.stream().filter(result -> result.year() == year).findFirst();
    }
}

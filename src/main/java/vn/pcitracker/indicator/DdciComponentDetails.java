package vn.pcitracker.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * A DDCI component with the PCI sub-indices it is assumed to move (ids, and codes in sub-index order);
 * {@code version} goes back with an edit so that a stale edit is refused.
 */
public record DdciComponentDetails(long id, long catalogueId, String code, int position, String nameVi,
                                   String nameEn, Set<Long> pciSubIndexIds, List<String> pciSubIndexCodes,
                                   boolean modifiedLocally, long version) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

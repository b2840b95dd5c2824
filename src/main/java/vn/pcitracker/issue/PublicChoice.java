package vn.pcitracker.issue;

import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/** One option of a public filter: a field (value = its code) or an agency (value = its id). */
public record PublicChoice(String value, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

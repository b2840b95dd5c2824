package vn.pcitracker.issue;

import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/** A field of the managed list (land, tax, customs…) with its default deadline in working days. */
public record IssueFieldOption(long id, String code, String nameVi, String nameEn, int defaultDeadlineDays, boolean active,
                               long version) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

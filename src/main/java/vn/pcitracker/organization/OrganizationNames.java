package vn.pcitracker.organization;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/** Names in the reader's language and sorted as Vietnamese readers expect. */
final class OrganizationNames {

    private OrganizationNames() {
    }

    static String pick(String nameVi, String nameEn, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    static Comparator<String> vietnamese() {
        Collator collator = Collator.getInstance(AppLocales.VIETNAMESE);
        return Comparator.nullsLast(collator::compare);
    }
}

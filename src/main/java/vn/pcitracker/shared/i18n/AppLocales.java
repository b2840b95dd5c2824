package vn.pcitracker.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages of the product: Vietnamese first (the default), English second. */
public final class AppLocales {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private AppLocales() {
    }

    /** The supported locale with the same language, or Vietnamese. */
    public static Locale closest(Locale wanted) {
        if (wanted == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(VIETNAMESE);
    }

    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? VIETNAMESE : closest(Locale.forLanguageTag(tag));
    }

    public static boolean isVietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }
}

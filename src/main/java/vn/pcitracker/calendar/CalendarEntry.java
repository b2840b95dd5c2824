package vn.pcitracker.calendar;

import java.time.LocalDate;
import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * One exception to the working week. {@code confirmed} is false while the day's placement rests on a
 * yearly government notice that nobody has checked yet.
 */
public record CalendarEntry(LocalDate day, DayKind kind, String nameVi, String nameEn, boolean confirmed,
                            String sourceUrl) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int SOURCE_URL_MAX_LENGTH = 500;

    /** The name in the reader's language, falling back to Vietnamese when there is no English name. */
    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }
}

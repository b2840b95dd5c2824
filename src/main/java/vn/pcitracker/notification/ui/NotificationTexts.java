package vn.pcitracker.notification.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Times as the province reads them (Asia/Ho_Chi_Minh), in the reader's date format. */
final class NotificationTexts {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private NotificationTexts() {
    }

    static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(LocaleFormats.datePattern(locale) + " HH:mm", locale)
                .format(instant.atZone(PROVINCE));
    }

    /** The province's calendar day of the instant, for a date cell of an export. */
    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(PROVINCE).toLocalDate();
    }

    /** The province's time of day of the instant, {@code HH:mm}, beside the date cell of an export. */
    static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(PROVINCE));
    }
}

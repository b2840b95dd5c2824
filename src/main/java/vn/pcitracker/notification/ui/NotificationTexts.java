package vn.pcitracker.notification.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Times as the province reads them (Asia/Ho_Chi_Minh), in the reader's date format. */
final class NotificationTexts {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private NotificationTexts() {
    }

    static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(LocaleFormats.datePattern(locale) + " HH:mm", locale)
                .format(instant.atZone(PROVINCE));
    }
}

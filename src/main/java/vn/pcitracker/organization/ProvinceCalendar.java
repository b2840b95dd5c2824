package vn.pcitracker.organization;

import java.time.LocalDate;
import java.time.ZoneId;
import vn.pcitracker.shared.SearchText;

/** "Today" as the province counts it, whatever time zone the server runs in. */
final class ProvinceCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A LIKE pattern that matches {@code text} literally anywhere; blank matches everything. */
    static String containsPattern(String text) {
        return SearchText.containsPattern(text);
    }
}

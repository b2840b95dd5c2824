package vn.pcitracker.shared.importing;

/**
 * Whether a number cell of a workbook is a date: Excel stores dates as numbers and tells them apart only by the
 * cell's number format, either one of the built-in date formats or a custom format with day, month, year or time
 * parts outside quoted text and [bracketed] sections.
 */
final class SpreadsheetDates {

    private SpreadsheetDates() {
    }

    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && (formatId >= 14 && formatId <= 22 || formatId >= 27 && formatId <= 36
                || formatId >= 45 && formatId <= 47 || formatId >= 50 && formatId <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String parts = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        return !parts.contains("general") && parts.matches(".*[dmyhs].*");
    }
}

package vn.pcitracker.shared.export;

/**
 * Formula neutralisation (CSV/formula injection, OWASP): a text that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could be evaluated by a spreadsheet as a formula or DDE call when the file
 * is opened. Such a text gets a leading single quote, the prefix Excel and LibreOffice themselves use to mark "text,
 * not a formula". The choice is the same in both formats so that a reader sees the same value in either file; the
 * cost is a visible quote before the rare text that starts so (e.g. "-5%" shows as "'-5%"). Numbers and dates are
 * written as number and date cells and need nothing.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

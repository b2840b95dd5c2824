package vn.pcitracker.audit;

/**
 * Text from users made safe for a log: control characters (CR, LF, tab, ESC of ANSI sequences, NUL, the Unicode
 * line and paragraph separators and direction overrides) become visible escapes such as {@code \n} or a
 * four-digit {@code \\u} escape, and the backslash itself is doubled, so one record stays one line and no one can forge another
 * record or recolour a terminal. Long text is cut with an ellipsis.
 */
public final class LogText {

    private LogText() {
    }

    /** {@code null} stays {@code null}. */
    public static String neutralise(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), maxLength) + 8);
        for (int i = 0; i < text.length() && safe.length() <= maxLength; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> safe.append("\\\\");
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> safe.append(isUnsafe(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        if (safe.length() > maxLength) {
            safe.setLength(maxLength - 1);
            safe.append('…');
        }
        return safe.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}

package vn.pcitracker.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded file's name safe to store and to offer again for download on any system: no path, no
 * control or direction-override characters, nothing Windows forbids, at most 255 characters. Vietnamese
 * letters stay (in composed form, so "Báo cáo.pdf" is stored as it reads).
 */
public final class FileNames {

    private static final String FALLBACK = "tep-dinh-kem";
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    /** Bidirectional overrides can make "gpj.exe" read as "exe.jpg". */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    public static String sanitise(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = FORBIDDEN.matcher(name).replaceAll("_");
        name = name.replaceAll("\\s+", " ");
        // Windows drops trailing dots and spaces, so "a.pdf." would open as something else than it was checked as.
        name = name.replaceAll("^[ .]+|[ .]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String base = baseName(name);
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shorten(name, AttachmentInfo.FILENAME_MAX_LENGTH);
    }

    /** The extension in lower case without the dot, or "" if there is none. */
    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot <= 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Cuts the name before its extension, never through a surrogate pair. */
    private static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 20 ? "" : name.substring(name.length() - extension.length() - 1);
        int end = max - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        // as above: a cut landing after a dot or a space must not leave one at the end of the name or of its base
        return name.substring(0, end).replaceAll("[ .]+$", "") + suffix;
    }
}

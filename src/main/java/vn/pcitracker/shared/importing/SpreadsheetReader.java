package vn.pcitracker.shared.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded file into a header and rows of text, or says clearly why it cannot: the type is told by content,
 * never by name. An xlsx workbook is a zip holding {@code xl/workbook.xml}; an OLE2 file is a password-protected
 * xlsx or an old .xls; anything else is CSV when it decodes as text, else not a spreadsheet. Nothing beyond the
 * limits is read: at most one byte more than the size limit, an archive is refused before parsing when it would
 * inflate too far, and rows past the row limit are only counted.
 */
public final class SpreadsheetReader {

    /** Prefix of the reader's message keys ({@code i18n/importing.properties}). */
    public static final String KEY = "importing.SpreadsheetReader.";

    private SpreadsheetReader() {
    }

    /** Reads at most {@code maxBytes + 1} bytes of the stream (which the caller closes). */
    public static ReadSheet read(InputStream in, ImportLimits limits) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return ReadSheet.failed(KEY + "unreadable");
        }
        return read(bytes, limits);
    }

    public static ReadSheet read(byte[] bytes, ImportLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            return ReadSheet.failed(KEY + "tooLarge", limits.maxMegabytes());
        }
        if (bytes.length == 0) {
            return ReadSheet.failed(KEY + "empty");
        }
        return switch (typeOf(bytes)) {
            case XLSX -> XlsxSheetReader.read(bytes, limits);
            case OLE2 -> ReadSheet.failed(KEY + "passwordOrXls");
            case TEXT -> CsvSheetReader.read(bytes, limits.maxRows());
        };
    }

    enum Type { XLSX, OLE2, TEXT }

    static Type typeOf(byte[] bytes) {
        if (starts(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return Type.XLSX;
        }
        if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Type.OLE2;
        }
        return Type.TEXT;
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

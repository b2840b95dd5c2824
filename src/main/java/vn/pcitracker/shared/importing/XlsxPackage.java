package vn.pcitracker.shared.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The zip archive of an xlsx file, checked before any parser sees it: every entry is really inflated and counted
 * (sizes in headers may lie), so that a zip bomb is refused for its total inflated size, its compression ratio or its
 * number of entries; the entry count must equal the central directory's, so that entries hidden from this walk (or
 * overlapping ones) cannot be inflated later. The small parts needed to find the sheets are kept.
 */
final class XlsxPackage {

    static final String WORKBOOK = "xl/workbook.xml";
    static final String WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final int KEPT_PART_LIMIT = 2 * 1024 * 1024;
    private static final long RATIO_APPLIES_ABOVE = 10L * 1024 * 1024;

    /** The outcome: a problem key (then nothing else), or the kept parts. */
    record Inspection(String problemKey, Map<String, byte[]> parts) {

        boolean ok() {
            return problemKey == null;
        }
    }

    private XlsxPackage() {
    }

    static Inspection inspect(byte[] bytes, ImportLimits limits) {
        Map<String, byte[]> parts = new HashMap<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    return refused("zipBomb");
                }
                boolean keep = WORKBOOK.equals(entry.getName()) || WORKBOOK_RELATIONS.equals(entry.getName());
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limits.maxInflatedBytes()) {
                        return refused("zipBomb");
                    }
                    if (kept != null && kept.size() + n <= KEPT_PART_LIMIT) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    parts.put(entry.getName(), kept.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return refused("corrupt");
        }
        if (inflated > RATIO_APPLIES_ABOVE && inflated / Math.max(1, bytes.length) > limits.maxRatio()) {
            return refused("zipBomb");
        }
        if (entries == 0 || entries != centralDirectoryEntries(bytes)) {
            return refused("corrupt");
        }
        return parts.containsKey(WORKBOOK) ? new Inspection(null, parts) : refused("notASpreadsheet");
    }

    /** Streams one part's inflated bytes (at most the limit's worth), or null when the archive has no such part. */
    static InputStream part(byte[] bytes, String name) throws IOException {
        ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes));
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (name.equals(entry.getName())) {
                return zip;
            }
        }
        zip.close();
        return null;
    }

    /** The entry count of the end-of-central-directory record, or -1 when there is none (or it is zip64). */
    static int centralDirectoryEntries(byte[] bytes) {
        int earliest = Math.max(0, bytes.length - 22 - 65_535);
        for (int at = bytes.length - 22; at >= earliest; at--) {
            if (bytes[at] == 0x50 && bytes[at + 1] == 0x4b && bytes[at + 2] == 0x05 && bytes[at + 3] == 0x06) {
                int total = (bytes[at + 10] & 0xFF) | (bytes[at + 11] & 0xFF) << 8;
                return total == 0xFFFF ? -1 : total;
            }
        }
        return -1;
    }

    private static Inspection refused(String problem) {
        return new Inspection(SpreadsheetReader.KEY + problem, Map.of());
    }
}

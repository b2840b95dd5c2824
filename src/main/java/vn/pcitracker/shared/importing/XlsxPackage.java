package vn.pcitracker.shared.importing;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The zip archive of an xlsx file, checked before any parser sees it. The entries are those of the central
 * directory, the same fastexcel reads later; each is really inflated and counted (sizes in headers may lie, and
 * overlapping entries count as often as they would be read), so that a zip bomb is refused for its total inflated
 * size, its compression ratio or its number of entries. The small parts needed to find the sheets are kept.
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
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = open(bytes)) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                return refused("zipBomb");
            }
            for (ZipArchiveEntry entry : entries) {
                boolean keep = WORKBOOK.equals(entry.getName()) || WORKBOOK_RELATIONS.equals(entry.getName());
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        inflated += n;
                        if (inflated > limits.maxInflatedBytes()) {
                            return refused("zipBomb");
                        }
                        if (kept != null && kept.size() + n <= KEPT_PART_LIMIT) {
                            kept.write(buffer, 0, n);
                        }
                    }
                }
                if (kept != null) {
                    parts.put(entry.getName(), kept.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            return refused("corrupt");
        }
        if (inflated > RATIO_APPLIES_ABOVE && inflated / Math.max(1, bytes.length) > limits.maxRatio()) {
            return refused("zipBomb");
        }
        return parts.containsKey(WORKBOOK) ? new Inspection(null, parts) : refused("notASpreadsheet");
    }

    /** One part's inflated bytes as a stream, or null when the archive has no such part. */
    static InputStream part(byte[] bytes, String name) throws IOException {
        ZipFile zip = open(bytes);
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            zip.close();
            return null;
        }
        InputStream in = zip.getInputStream(entry);
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }

    private static ZipFile open(byte[] bytes) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    }

    private static Inspection refused(String problem) {
        return new Inspection(SpreadsheetReader.KEY + problem, Map.of());
    }
}

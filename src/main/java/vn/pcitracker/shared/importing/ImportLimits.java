package vn.pcitracker.shared.importing;

/**
 * What the reader accepts before it gives up, so that a hostile or mistaken file cannot exhaust memory.
 *
 * @param maxBytes         the largest file (bytes read: at most one more)
 * @param maxInflatedBytes xlsx: the most bytes all zip entries may inflate to together (zip bombs)
 * @param maxRatio         xlsx: the highest inflated-to-compressed ratio of the whole archive
 * @param maxEntries       xlsx: the most entries in the archive
 * @param maxRows          the most data rows (the header not counted); reading stops at the next one
 */
public record ImportLimits(long maxBytes, long maxInflatedBytes, int maxRatio, int maxEntries, int maxRows) {

    public static final int DEFAULT_MAX_ROWS = 20_000;
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final ImportLimits DEFAULT = new ImportLimits(DEFAULT_MAX_BYTES, 100L * 1024 * 1024, 200, 1_000,
            DEFAULT_MAX_ROWS);

    /** The default limits with the definition's row limit. */
    public static ImportLimits of(ImportDefinition definition) {
        return DEFAULT.withMaxRows(definition.maxRows());
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxBytes, maxInflatedBytes, maxRatio, maxEntries, rows);
    }

    public ImportLimits withMaxBytes(long bytes) {
        return new ImportLimits(bytes, maxInflatedBytes, maxRatio, maxEntries, maxRows);
    }

    /** The file limit in whole megabytes, for messages. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }
}

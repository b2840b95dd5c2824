package vn.pcitracker.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows of a chunk in PostgreSQL COPY text format, one buffer per table, handed to a {@link Sink} table by table
 * (parents before children) and emptied, so that memory holds one chunk whatever the total.
 */
final class TableRows {

    /** Where a chunk goes: COPY into the database, or a digest of the content (reproducibility test). */
    interface Sink {
        void write(String table, String columns, CharSequence rows);
    }

    private record Buffer(String columns, StringBuilder rows, long[] count) {
    }

    private final Map<String, Buffer> buffers = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private final Sink sink;
    private Buffer current;
    private boolean firstValue;

    TableRows(Sink sink) {
        this.sink = sink;
    }

    /** Declares a table and its COPY columns; tables are flushed in the order declared. */
    TableRows table(String table, String columns) {
        buffers.putIfAbsent(table, new Buffer(columns, new StringBuilder(1 << 16), new long[1]));
        written.putIfAbsent(table, 0L);
        return this;
    }

    /** Starts a row of {@code table}; values follow with {@link #add}, the row ends with {@link #end}. */
    TableRows row(String table) {
        current = buffers.get(table);
        if (current == null) {
            throw new IllegalStateException("Table not declared: " + table);
        }
        current.count()[0]++;
        firstValue = true;
        return this;
    }

    TableRows add(Object value) {
        StringBuilder rows = current.rows();
        if (!firstValue) {
            rows.append('\t');
        }
        firstValue = false;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof String text) {
            escape(rows, text);
        } else {
            rows.append(value);
        }
        return this;
    }

    TableRows add(long value) {
        return add((Object) value);
    }

    void end() {
        current.rows().append('\n');
    }

    /** Writes every buffered row, parents first, and empties the buffers. */
    void flush() {
        buffers.forEach((table, buffer) -> {
            if (buffer.count()[0] > 0) {
                sink.write(table, buffer.columns(), buffer.rows());
                written.merge(table, buffer.count()[0], Long::sum);
                buffer.rows().setLength(0);
                buffer.count()[0] = 0;
            }
        });
    }

    Map<String, Long> written() {
        return written;
    }

    long total() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void escape(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}

package vn.pcitracker.issue.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns the offsets a lazy grid asks for into keyset reads: the last row of every page read is remembered (by the
 * offset just past it), and a page is read as "the rows after the nearest remembered row at or before the offset,
 * skipping those between". Scrolling on asks for the page that starts right after the last one read, so nothing is
 * skipped and a page deep in a million rows costs what the first does; a jump (dragging the scrollbar) skips rows
 * from the nearest remembered row, at most {@code maxSkip}, and when that is too far, hops there one
 * {@code maxSkip} at a time, remembering each hop. The remembered rows belong to one list (filter and order):
 * another list, or {@link #reset()} after a refresh, forgets them. At most {@value #MAX_REMEMBERED} are kept (those
 * farthest from the latest read are dropped), so a long scroll does not grow the session.
 *
 * @param <T> a row
 */
final class KeysetPages<T> {

    /** Reads {@code limit} rows after {@code after} (null: from the first), skipping {@code skip} of them. */
    @FunctionalInterface
    interface Reader<T> {
        List<T> read(T after, int skip, int limit);
    }

    static final int MAX_REMEMBERED = 64;

    private final int maxSkip;
    /** Offset of the row that comes next -> the row just before it. */
    private final TreeMap<Integer, T> remembered = new TreeMap<>();
    private Object list;
    private long keysetReads;

    KeysetPages(int maxSkip) {
        if (maxSkip < 1) {
            throw new IllegalArgumentException("maxSkip must be positive");
        }
        this.maxSkip = maxSkip;
    }

    /** The rows {@code offset .. offset + limit - 1} of {@code list} (any value that tells lists apart). */
    List<T> read(Object list, int offset, int limit, Reader<T> reader) {
        if (!Objects.equals(list, this.list)) {
            reset();
            this.list = list;
        }
        Map.Entry<Integer, T> nearest = remembered.floorEntry(offset);
        int from = nearest == null ? 0 : nearest.getKey();
        T after = nearest == null ? null : nearest.getValue();
        while (offset - from > maxSkip) {
            List<T> hop = reader.read(after, maxSkip - 1, 1);
            if (hop.isEmpty()) {
                return List.of();
            }
            after = hop.getFirst();
            from += maxSkip;
            remember(from, after);
        }
        if (after != null && offset == from) {
            keysetReads++;
        }
        List<T> rows = reader.read(after, offset - from, limit);
        if (!rows.isEmpty()) {
            remember(offset + rows.size(), rows.getLast());
        }
        return rows;
    }

    /** Forgets every remembered row (the rows may have changed). */
    void reset() {
        remembered.clear();
        list = null;
    }

    /** Pages read right after a remembered row, with nothing skipped (for tests and measurements). */
    long keysetReads() {
        return keysetReads;
    }

    int remembered() {
        return remembered.size();
    }

    private void remember(int offset, T row) {
        remembered.put(offset, row);
        while (remembered.size() > MAX_REMEMBERED) {
            int first = remembered.firstKey();
            int last = remembered.lastKey();
            remembered.remove(offset - first >= last - offset ? first : last);
        }
    }
}

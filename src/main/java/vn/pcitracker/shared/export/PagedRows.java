package vn.pcitracker.shared.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Rows read a page at a time, as the consumer asks for them: the next page is fetched only when the rows of the
 * previous one have all been taken, so at most one page is in memory. The pages must come from a query ordered
 * by a stable key (one ending with the id) so that they neither overlap nor skip.
 */
public final class PagedRows {

    /** Reads the rows {@code offset .. offset + limit - 1}; fewer than {@code limit} means there are no more. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int offset, int limit);
    }

    /**
     * Reads at most {@code limit} rows that come after {@code last} in the query's order (keyset paging: no
     * OFFSET, so the thousandth page costs what the first does); {@code last} is null for the first page. Fewer
     * than {@code limit} means there are no more.
     */
    @FunctionalInterface
    public interface KeysetReader<T> {
        List<T> read(T last, int limit);
    }

    /** What a page read is told: the rows read so far, the last of them (null before the first page), the size. */
    @FunctionalInterface
    private interface NextPage<T> {
        List<T> read(long read, T last, int limit);
    }

    private PagedRows() {
    }

    /**
     * @param pageSize rows per read
     * @param maxRows  rows at most, across all pages
     */
    public static <T> Stream<T> stream(int pageSize, int maxRows, PageReader<T> reader) {
        if (pageSize <= 0 || maxRows < 0) {
            throw new IllegalArgumentException("pageSize must be positive and maxRows not negative");
        }
        return StreamSupport.stream(new Pages<T>(pageSize, maxRows,
                (read, last, limit) -> reader.read(Math.toIntExact(read), limit)), false);
    }

    /** Every row, however many, read {@code pageSize} at a time after the last row of the previous page. */
    public static <T> Stream<T> after(int pageSize, KeysetReader<T> reader) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        return StreamSupport.stream(new Pages<T>(pageSize, Long.MAX_VALUE,
                (read, last, limit) -> reader.read(last, limit)), false);
    }

    private static final class Pages<T> extends Spliterators.AbstractSpliterator<T> {
        private final int pageSize;
        private final long maxRows;
        private final NextPage<T> reader;
        private final Deque<T> page = new ArrayDeque<>();
        private long read;
        private T last;
        private boolean exhausted;

        Pages(int pageSize, long maxRows, NextPage<T> reader) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.pageSize = pageSize;
            this.maxRows = maxRows;
            this.reader = reader;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (page.isEmpty() && !exhausted) {
                readPage();
            }
            if (page.isEmpty()) {
                return false;
            }
            action.accept(page.removeFirst());
            return true;
        }

        private void readPage() {
            int limit = (int) Math.min(pageSize, maxRows - read);
            if (limit <= 0) {
                exhausted = true;
                return;
            }
            List<T> rows = reader.read(read, last, limit);
            page.addAll(rows);
            read += rows.size();
            last = rows.isEmpty() ? last : rows.getLast();
            exhausted = rows.size() < limit || read >= maxRows;
        }
    }
}

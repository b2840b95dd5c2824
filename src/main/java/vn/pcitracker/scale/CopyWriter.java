package vn.pcitracker.scale;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.postgresql.copy.CopyManager;

/**
 * COPY on a thread of its own, so that the next chunk is generated while the database stores the previous one (the
 * generator and the server each keep a core busy). A small queue bounds memory to a few chunks; the first failure
 * stops the load and is thrown to the generating thread.
 */
final class CopyWriter implements TableRows.Sink, AutoCloseable {

    private record Copy(String table, String columns, String rows) {
    }

    private static final Copy END = new Copy(null, null, null);

    private final BlockingQueue<Copy> queue = new ArrayBlockingQueue<>(24);
    private final CopyManager copy;
    private final Thread thread;
    private volatile RuntimeException failure;

    CopyWriter(CopyManager copy) {
        this.copy = copy;
        this.thread = Thread.ofPlatform().name("scale-copy").start(this::drain);
    }

    @Override
    public void write(String table, String columns, CharSequence rows) {
        failIfFailed();
        try {
            queue.put(new Copy(table, columns, rows.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while queueing rows for " + table, e);
        }
    }

    /** Waits until every queued chunk is stored. */
    @Override
    public void close() {
        try {
            if (thread.isAlive()) {
                queue.put(END);
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for COPY", e);
        }
        failIfFailed();
    }

    private void drain() {
        try {
            for (Copy next = queue.take(); next != END; next = queue.take()) {
                copy.copyIn("COPY " + next.table() + " (" + next.columns() + ") FROM STDIN", new StringReader(next.rows()));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            failure = new IllegalStateException("COPY failed: " + e.getMessage(), e);
            queue.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}

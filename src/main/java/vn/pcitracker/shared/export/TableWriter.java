package vn.pcitracker.shared.export;

import java.io.IOException;
import java.util.List;

/** Writes one table, a row at a time, to a stream it does not own. */
interface TableWriter {

    void header(List<String> headers) throws IOException;

    void row(List<Object> cells) throws IOException;

    /** Completes the file; the output stream stays open. */
    void finish() throws IOException;
}

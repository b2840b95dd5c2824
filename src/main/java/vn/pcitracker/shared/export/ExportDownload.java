package vn.pcitracker.shared.export;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A Vaadin download that streams an export straight into the HTTP response: no file and no byte array in between.
 * The rows are read when the user clicks, in the request of the download, so they reflect the data (and the
 * user's rights) of that moment.
 */
public final class ExportDownload {

    private ExportDownload() {
    }

    /**
     * @param baseName  the file name without extension
     * @param translate resolves the title and header keys; it must not need the UI (the download runs outside it)
     * @param rows      opens the rows; the stream is closed after writing
     */
    public static <T> DownloadHandler handler(TableExport<T> export, ExportFormat format, String baseName, Locale locale,
                                              UnaryOperator<String> translate, Supplier<Stream<? extends T>> rows) {
        return event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            try (Stream<? extends T> stream = rows.get(); OutputStream out = event.getOutputStream()) {
                export.write(format, stream, out, locale, translate);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}

package vn.pcitracker.shared.export;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A Vaadin download that streams an export straight into the HTTP response: no file and no byte array in between.
 * The writer runs when the user clicks, in the request of the download (outside the UI's lock), so it reads the
 * data, and the user's rights, of that moment; it must not touch components. Each written file is announced as a
 * {@link TableExported} event (the audit records it).
 */
public final class ExportDownload {

    /** Writes the whole file in the given format; the stream is closed by the caller. */
    @FunctionalInterface
    public interface ExportWriter {
        void write(ExportFormat format, OutputStream out);
    }

    private ExportDownload() {
    }

    /** @param baseName the file name without extension */
    public static DownloadHandler handler(ExportFormat format, String baseName, ExportWriter writer) {
        return event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                writer.write(format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            VaadinService service = VaadinService.getCurrent();
            if (service != null) {
                service.getInstantiator().getOrCreate(ExportNews.class).exported(format.fileName(baseName), format);
            }
        };
    }
}

package vn.pcitracker.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A file opened for download: its description and its bytes (at most the upload limit, see docs/adr/005). */
public record StoredFile(AttachmentInfo info, byte[] content) {

    public InputStream openStream() {
        return new ByteArrayInputStream(content);
    }
}

package vn.pcitracker.attachment.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.StoredFile;

/**
 * {@code GET /attachments/{id}}: the file as a download, never shown inline, with the type detected on upload
 * and no sniffing, so a file cannot turn into a page of this site. Goes through {@link AttachmentService#open},
 * so the owning record's access rule applies; a file the user may not see is simply not found. The web
 * security configuration lets only signed-in users reach it.
 */
@RestController
class AttachmentDownloadController {

    static final String PATH = "/attachments/{id}";

    private final AttachmentService service;

    AttachmentDownloadController(AttachmentService service) {
        this.service = service;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> download(@PathVariable("id") long id) {
        return service.open(id).map(AttachmentDownloadController::asDownload)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> asDownload(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .contentLength(file.content().length)
                // filename*=UTF-8''... (RFC 5987), so Vietnamese names arrive intact.
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}

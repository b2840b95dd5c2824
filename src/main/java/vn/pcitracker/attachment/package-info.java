/**
 * Files attached to records of any module: their bytes and metadata (tables {@code attachment} and
 * {@code attachment_content}, kept in PostgreSQL, docs/adr/005), the checks on upload (size limit, type
 * detected from the content, file names made safe), the download endpoint {@code GET /attachments/{id}} and
 * the reusable {@link vn.pcitracker.attachment.ui.AttachmentsPanel}. It knows nothing of issues or dialogues:
 * each owning module says who may read and write its records' files by providing an
 * {@link vn.pcitracker.attachment.AttachmentOwnerPolicy} bean. Uses shared and security.
 */
@ApplicationModule
package vn.pcitracker.attachment;

import org.springframework.modulith.ApplicationModule;

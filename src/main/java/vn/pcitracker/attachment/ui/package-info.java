/**
 * The attachments panel that other modules' views embed ({@link vn.pcitracker.attachment.ui.AttachmentsPanel}),
 * exported as the named interface {@code ui} so that {@code issue.ui} and {@code dialogue.ui} may use it.
 */
@NamedInterface("ui")
package vn.pcitracker.attachment.ui;

import org.springframework.modulith.NamedInterface;

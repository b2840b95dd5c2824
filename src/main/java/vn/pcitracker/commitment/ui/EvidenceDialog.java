package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.ui.AttachmentsPanel;
import vn.pcitracker.commitment.CommitmentAttachmentPolicy;

/** The evidence files of one check-in; closing it refreshes the page, since a file may lift a gaming flag. */
class EvidenceDialog extends Dialog {

    EvidenceDialog(AttachmentService attachments, long checkInId, boolean canWrite, Runnable afterClose) {
        setHeaderTitle(getTranslation("commitment.EvidenceDialog.title"));
        addClassName("commitment-evidence");
        setWidth("44rem");
        add(new AttachmentsPanel(attachments, CommitmentAttachmentPolicy.OWNER_TYPE, checkInId, canWrite));
        getFooter().add(new Button(getTranslation("commitment.EvidenceDialog.close"), click -> close()));
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                afterClose.run();
            }
        });
    }
}

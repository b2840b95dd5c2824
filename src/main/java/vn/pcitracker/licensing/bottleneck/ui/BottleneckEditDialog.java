package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.shared.ui.FormFeedback;

/** Corrects a bottleneck's data with the same fields as the new-bottleneck page. */
class BottleneckEditDialog extends Dialog {

    private static final String KEY = "licensing.BottleneckEditDialog.";

    BottleneckEditDialog(BottleneckChoices.Lists lists, BottleneckDetails b, Consumer<BottleneckForm> onSave) {
        setHeaderTitle(getTranslation(KEY + "title", b.code()));
        setWidth("56rem");
        addClassName("bottleneck-edit-dialog");
        BottleneckFormFields fields = new BottleneckFormFields(lists, false);
        fields.show(new BottleneckForm(b.procedure().id(), b.line() == null ? null : b.line().id(), b.agencyId(),
                b.ownerAgencyId(), b.title(), b.description(), b.causes(), b.informalCostReports(), b.informalCostNote(),
                b.ddciComponentIds(), b.fix(), b.targetDate(), b.isPublic(), b.identifiedOn()));
        add(fields);
        FormFeedback feedback = fields.feedback(new FormFeedback(this));
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(fields.read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("bottleneck-edit-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
    }
}

package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import vn.pcitracker.shared.ui.FormFeedback;

/** Asks before a step that cannot be undone; the confirmed step's refusals show as a notification. */
final class ConfirmDialog {

    private static final String KEY = "licensing.ConfirmDialog.";

    private ConfirmDialog() {
    }

    static Dialog open(Component owner, String question, Runnable confirmed) {
        Dialog dialog = new Dialog();
        dialog.addClassName("bottleneck-confirm");
        dialog.add(new Paragraph(question));
        Button yes = new Button(owner.getTranslation(KEY + "yes"), click -> {
            if (new FormFeedback(owner).attempt(confirmed)) {
                dialog.close();
            }
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.addClassName("bottleneck-confirm-yes");
        dialog.getFooter().add(new Button(owner.getTranslation(KEY + "no"), click -> dialog.close()), yes);
        dialog.open();
        return dialog;
    }
}

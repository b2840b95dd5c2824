package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import vn.pcitracker.shared.ui.FormFeedback;

/** Moves several deadlines by the same number of working days, with the reason recorded on each. */
class BulkExtendDialog extends Dialog {

    private static final String KEY = "issue.BulkExtendDialog.";

    interface Extension {
        void extend(Set<Long> ids, int workingDays, String reason);
    }

    BulkExtendDialog(Set<Long> ids, Extension save, Runnable done) {
        setHeaderTitle(getTranslation(KEY + "title", ids.size()));
        IntegerField days = new IntegerField(getTranslation(KEY + "workingDays"));
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation(KEY + "reason"));
        reason.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(days, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("workingDays", days).bind("reason", reason);
        Button extend = new Button(getTranslation(KEY + "extend"), click -> {
            if (feedback.attempt(() -> save.extend(ids, days.getValue() == null ? 0 : days.getValue(), reason.getValue()))) {
                FormFeedback.success(this, KEY + "done");
                close();
                done.run();
            }
        });
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), extend);
        setWidth("28rem");
    }
}

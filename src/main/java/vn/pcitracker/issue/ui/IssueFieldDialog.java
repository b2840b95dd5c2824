package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.shared.ui.FormFeedback;

/** Edits one field of the managed list; the save callback calls the service, which validates. */
class IssueFieldDialog extends Dialog {

    private static final String KEY = "issue.IssueFieldDialog.";

    private final TextField nameVi = new TextField(getTranslation(KEY + "nameVi"));
    private final TextField nameEn = new TextField(getTranslation(KEY + "nameEn"));
    private final IntegerField days = new IntegerField(getTranslation(KEY + "days"));
    private final Checkbox active = new Checkbox(getTranslation(KEY + "active"));

    IssueFieldDialog(IssueFieldOption field, Consumer<IssueFieldOption> save) {
        setHeaderTitle(getTranslation(KEY + "title", field.code()));
        nameVi.setValue(field.nameVi());
        nameEn.setValue(field.nameEn() == null ? "" : field.nameEn());
        days.setValue(field.defaultDeadlineDays());
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation(KEY + "daysHelp"));
        active.setValue(field.active());
        add(new FormLayout(nameVi, nameEn, days, active));
        Button saveButton = new Button(getTranslation(KEY + "save"), click -> {
            IssueFieldOption changed = new IssueFieldOption(field.id(), field.code(), nameVi.getValue(), nameEn.getValue(),
                    days.getValue() == null ? 0 : days.getValue(), active.getValue(), field.version());
            FormFeedback feedback = new FormFeedback(this).bind("nameVi", nameVi).bind("nameEn", nameEn)
                    .bind("defaultDeadlineDays", days);
            if (feedback.attempt(() -> save.accept(changed))) {
                Notification.show(getTranslation(KEY + "saved"));
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), saveButton);
    }
}

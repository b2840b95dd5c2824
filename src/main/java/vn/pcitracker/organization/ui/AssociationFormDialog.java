package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import vn.pcitracker.shared.ui.FormFeedback;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.pcitracker.organization.AssociationForm;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.TaxCode;

/** New or edit association; hands the form to {@code onSave} and stays open while the service refuses it. */
class AssociationFormDialog extends Dialog {

    private static final String KEY = "organization.AssociationFormDialog.";

    private final TextField code = field("code", AssociationForm.CODE_MAX);
    private final TextField nameVi = field("nameVi", AssociationForm.NAME_MAX);
    private final TextField nameEn = field("nameEn", AssociationForm.NAME_MAX);
    // A few characters more than the code itself, because people type spaces that the service removes.
    private final TextField taxCode = field("taxCode", TaxCode.MAX_LENGTH + 4);
    private final TextField sector = field("sector", AssociationForm.SECTOR_MAX);
    private final TextField contactName = field("contactName", AssociationForm.CONTACT_NAME_MAX);
    private final TextField contactPhone = field("contactPhone", AssociationForm.CONTACT_PHONE_MAX);
    private final EmailField contactEmail = new EmailField(getTranslation(KEY + "contactEmail"));

    /** {@code existing} is null for a new association. */
    AssociationFormDialog(AssociationSummary existing, Consumer<AssociationForm> onSave) {
        setHeaderTitle(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        code.setRequiredIndicatorVisible(true);
        nameVi.setRequiredIndicatorVisible(true);
        contactEmail.setMaxLength(AssociationForm.CONTACT_EMAIL_MAX);
        FormLayout layout = new FormLayout(code, taxCode, nameVi, nameEn, sector, contactName, contactPhone, contactEmail);
        layout.setColspan(nameVi, 2);
        layout.setColspan(nameEn, 2);
        add(layout);
        if (existing != null) {
            code.setValue(existing.code());
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(text(existing.nameEn()));
            taxCode.setValue(text(existing.taxCode()));
            sector.setValue(text(existing.sector()));
            contactName.setValue(text(existing.contactName()));
            contactPhone.setValue(text(existing.contactPhone()));
            contactEmail.setValue(text(existing.contactEmail()));
        }
        FormFeedback feedback = new FormFeedback(this).bind("code", code).bind("nameVi", nameVi).bind("nameEn", nameEn)
                .bind("taxCode", taxCode).bind("sector", sector).bind("contactName", contactName)
                .bind("contactPhone", contactPhone).bind("contactEmail", contactEmail);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
        setWidth("40rem");
    }

    private AssociationForm read() {
        return new AssociationForm(code.getValue(), nameVi.getValue(), nameEn.getValue(), taxCode.getValue(),
                sector.getValue(), contactName.getValue(), contactPhone.getValue(), contactEmail.getValue());
    }

    private TextField field(String name, int maxLength) {
        TextField field = new TextField(getTranslation(KEY + name));
        field.setMaxLength(maxLength);
        return field;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}

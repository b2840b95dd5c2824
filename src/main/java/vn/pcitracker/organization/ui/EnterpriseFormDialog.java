package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import vn.pcitracker.shared.ui.FormFeedback;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.organization.TaxCode;

/** New or edit enterprise; hands the form to {@code onSave} and stays open while the service refuses it. */
class EnterpriseFormDialog extends Dialog {

    private static final String KEY = "organization.EnterpriseFormDialog.";

    // A few characters more than the code itself, because people type spaces that the service removes.
    private final TextField taxCode = field("taxCode", TaxCode.MAX_LENGTH + 4);
    private final TextField name = field("name", EnterpriseForm.NAME_MAX);
    private final TextField sector = field("sector", EnterpriseForm.SECTOR_MAX);
    private final TextField address = field("address", EnterpriseForm.ADDRESS_MAX);
    private final TextField contactName = field("contactName", EnterpriseForm.CONTACT_NAME_MAX);
    private final TextField contactPhone = field("contactPhone", EnterpriseForm.CONTACT_PHONE_MAX);
    private final EmailField contactEmail = new EmailField(getTranslation(KEY + "contactEmail"));

    /** {@code existing} is null for a new enterprise. */
    EnterpriseFormDialog(EnterpriseSummary existing, Consumer<EnterpriseForm> onSave) {
        setHeaderTitle(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        taxCode.setRequiredIndicatorVisible(true);
        taxCode.setHelperText(getTranslation(KEY + "taxCodeHelp"));
        name.setRequiredIndicatorVisible(true);
        contactEmail.setMaxLength(EnterpriseForm.CONTACT_EMAIL_MAX);
        FormLayout layout = new FormLayout(taxCode, sector, name, address, contactName, contactPhone, contactEmail);
        layout.setColspan(name, 2);
        layout.setColspan(address, 2);
        add(layout);
        if (existing != null) {
            taxCode.setValue(existing.taxCode());
            name.setValue(existing.name());
            sector.setValue(AssociationFormDialog.text(existing.sector()));
            address.setValue(AssociationFormDialog.text(existing.address()));
            contactName.setValue(AssociationFormDialog.text(existing.contactName()));
            contactPhone.setValue(AssociationFormDialog.text(existing.contactPhone()));
            contactEmail.setValue(AssociationFormDialog.text(existing.contactEmail()));
        }
        FormFeedback feedback = new FormFeedback(this).bind("taxCode", taxCode).bind("name", name).bind("sector", sector)
                .bind("address", address).bind("contactName", contactName).bind("contactPhone", contactPhone)
                .bind("contactEmail", contactEmail);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
        setWidth("40rem");
    }

    private EnterpriseForm read() {
        return new EnterpriseForm(taxCode.getValue(), name.getValue(), sector.getValue(), address.getValue(),
                contactName.getValue(), contactPhone.getValue(), contactEmail.getValue());
    }

    private TextField field(String fieldName, int maxLength) {
        TextField field = new TextField(getTranslation(KEY + fieldName));
        field.setMaxLength(maxLength);
        return field;
    }
}

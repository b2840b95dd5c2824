package vn.pcitracker.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.FormFeedback;

/** Create or edit an account; the save callback receives the form and, for a new account, its password. */
class AccountDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final ComboBox<AssociationSummary> association = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    AccountDialog(AccountSummary account, List<AgencySummary> agencies, List<AssociationSummary> associations,
                  BiConsumer<AccountForm, String> save) {
        setHeaderTitle(getTranslation(account == null ? "security.AccountDialog.newTitle" : "security.AccountDialog.editTitle"));
        label();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("security.Role." + r.name()));
        role.addValueChangeListener(change -> showBinding(change.getValue()));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        association.setItems(associations);
        association.setItemLabelGenerator(a -> a.name(getLocale()));
        if (account != null) {
            fill(account, agencies, associations);
        } else {
            role.setValue(Role.INVESTMENT_OFFICER);
        }
        add(new FormLayout(username, displayName, email, role, agency, association, password));
        Button saveButton = new Button(getTranslation("security.AccountDialog.save"), click -> save(save));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("security.AccountDialog.cancel"), click -> close()), saveButton);
    }

    private void label() {
        username.setLabel(getTranslation("security.AccountDialog.username"));
        username.setHelperText(getTranslation("security.AccountDialog.usernameHelp"));
        displayName.setLabel(getTranslation("security.AccountDialog.displayName"));
        email.setLabel(getTranslation("security.AccountDialog.email"));
        role.setLabel(getTranslation("security.AccountDialog.role"));
        agency.setLabel(getTranslation("security.AccountDialog.agency"));
        association.setLabel(getTranslation("security.AccountDialog.association"));
        password.setLabel(getTranslation("security.AccountDialog.password"));
        password.setHelperText(getTranslation("security.AccountDialog.passwordHelp"));
    }

    private void fill(AccountSummary account, List<AgencySummary> agencies, List<AssociationSummary> associations) {
        username.setValue(account.username());
        username.setReadOnly(true);
        displayName.setValue(account.displayName());
        email.setValue(account.email() == null ? "" : account.email());
        role.setValue(account.role());
        agencies.stream().filter(a -> a.id() == (account.agencyId() == null ? -1 : account.agencyId())).findFirst().ifPresent(agency::setValue);
        associations.stream().filter(a -> a.id() == (account.associationId() == null ? -1 : account.associationId())).findFirst().ifPresent(association::setValue);
        password.setVisible(false);
    }

    private void showBinding(Role selected) {
        agency.setVisible(selected == Role.AGENCY_OFFICER);
        association.setVisible(selected == Role.ASSOCIATION_REP);
    }

    private void save(BiConsumer<AccountForm, String> save) {
        AccountForm form = new AccountForm(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                agency.getOptionalValue().map(AgencySummary::id).orElse(null),
                association.getOptionalValue().map(AssociationSummary::id).orElse(null));
        FormFeedback feedback = new FormFeedback(this);
        fields().forEach(feedback::bind);
        if (feedback.attempt(() -> save.accept(form, password.getValue()))) {
            close();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "email", email, "role", role,
                "agencyId", agency, "associationId", association, "password", password);
    }
}

package vn.pcitracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.ObjLongConsumer;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.shared.ui.FormFeedback;

/** An administrator sets a new password, typed twice. */
class PasswordResetDialog extends Dialog {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    PasswordResetDialog(AccountSummary account, ObjLongConsumer<String> reset) {
        setHeaderTitle(getTranslation("security.PasswordResetDialog.title", account.username()));
        password.setLabel(getTranslation("security.AccountDialog.password"));
        password.setHelperText(getTranslation("security.AccountDialog.passwordHelp"));
        repeat.setLabel(getTranslation("security.PasswordResetDialog.repeat"));
        add(password, repeat);
        Button save = new Button(getTranslation("security.AccountDialog.save"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("security.PasswordResetDialog.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            if (new FormFeedback(this).bind("password", password).attempt(() -> reset.accept(password.getValue(), account.id()))) {
                Notification.show(getTranslation("security.PasswordResetDialog.done"));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("security.AccountDialog.cancel"), click -> close()), save);
    }
}

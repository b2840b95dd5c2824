package vn.pcitracker.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.pcitracker.shared.ValidationException;

/**
 * Shows a service's {@link ValidationException} where the user looks: on the field it concerns, and the
 * rest (rules about the whole record) in one notification, in the user's language.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public static void show(ValidationException invalid, Map<String, ? extends HasValidation> fields, Component context) {
        clear(fields);
        List<String> unplaced = new ArrayList<>();
        for (ValidationException.Violation violation : invalid.violations()) {
            String text = context.getTranslation(violation.messageKey(), violation.args());
            HasValidation field = violation.field() == null ? null : fields.get(violation.field());
            if (field == null) {
                unplaced.add(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            Notification notification = Notification.show(String.join("\n", unplaced), 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}

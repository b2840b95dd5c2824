package vn.pcitracker.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.pcitracker.shared.DatabaseUnavailable;
import vn.pcitracker.shared.ValidationException;

/**
 * Runs a save and shows what went wrong where the user looks: each broken rule on its field (translated),
 * rules without a field, a concurrent edit and an unreachable database (nothing saved, try again) in a
 * notification. The service decides; this only displays.
 */
public final class FormFeedback {

    private static final Logger log = LoggerFactory.getLogger(FormFeedback.class);

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormFeedback(Component owner) {
        this.owner = owner;
    }

    public FormFeedback bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Returns whether the save went through. */
    public boolean attempt(Runnable save) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        try {
            save.run();
            return true;
        } catch (ValidationException e) {
            StringBuilder unplaced = new StringBuilder();
            for (ValidationException.Violation violation : e.violations()) {
                String message = violation.translate(owner::getTranslation);
                HasValidation field = fields.get(violation.field());
                if (field == null) {
                    unplaced.append(message).append(' ');
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
            if (!unplaced.isEmpty()) {
                error(owner, unplaced.toString().strip());
            }
        } catch (OptimisticLockingFailureException e) {
            error(owner, owner.getTranslation("shared.FormFeedback.staleVersion"));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn("Save refused, database unavailable: {}", e.toString());
            error(owner, owner.getTranslation("shared.FormFeedback.databaseUnavailable"));
        }
        return false;
    }

    public static void error(Component owner, String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    public static void success(Component owner, String key) {
        Notification.show(owner.getTranslation(key), 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}

package vn.pcitracker.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.DatabaseUnavailable;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;

/**
 * The last resort for errors a view did not handle: the user reads what happened in their language, the
 * log keeps the details. Views handle validation on their fields themselves; this covers the rest.
 */
@Component
class MainErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable problem = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        boolean databaseDown = DatabaseUnavailable.causedBy(event.getThrowable());
        if (databaseDown) {
            log.warn("Database unavailable: {}", problem.toString());
        } else if (!(problem instanceof ValidationException)) {
            log.error("Unhandled error in the UI", event.getThrowable());
        }
        if (ui != null) {
            ui.access(() -> show(databaseDown ? ui.getTranslation("shell.MainErrorHandler.databaseUnavailable") : message(ui, problem)));
        }
    }

    private static String message(UI ui, Throwable problem) {
        return switch (problem) {
            case ValidationException invalid -> invalid.violations().stream()
                    .map(v -> v.translate(ui::getTranslation)).collect(Collectors.joining("\n"));
            case OptimisticLockingFailureException stale -> ui.getTranslation("shell.MainErrorHandler.staleRecord");
            case AccessDeniedException denied -> ui.getTranslation("shell.MainErrorHandler.accessDenied");
            case RecordNotFoundException missing -> ui.getTranslation("shell.MainErrorHandler.notFound");
            default -> ui.getTranslation("shell.MainErrorHandler.unexpected");
        };
    }

    private static void show(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && !(current instanceof ValidationException)
                && !(current instanceof OptimisticLockingFailureException) && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}

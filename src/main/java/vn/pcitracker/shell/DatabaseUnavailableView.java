package vn.pcitracker.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown instead of a page that could not be read because the database is down (Vaadin looks through the
 * causes of a navigation error for this type): a plain message and a link to try again, no stack trace.
 * Without the main layout, which reads from the database itself. Saves are handled by the forms
 * (FormFeedback) and {@link MainErrorHandler}.
 */
@AnonymousAllowed
class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);
    private static final String KEY = "shell.DatabaseUnavailableView.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        log.warn("Database unavailable while opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
        removeAll();
        addClassName("database-unavailable");
        add(new H2(getTranslation(KEY + "title")), new Paragraph(getTranslation(KEY + "text")),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation(KEY + "retry")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}

package vn.pcitracker.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.pcitracker.security.LanguageSelection;

/** Every session gets the error handler; every new UI starts in the language chosen for its user. */
@Component
class ShellServiceInitListener implements VaadinServiceInitListener {

    private final LanguageSelection languageSelection;
    private final MainErrorHandler errorHandler;

    ShellServiceInitListener(LanguageSelection languageSelection, MainErrorHandler errorHandler) {
        this.languageSelection = languageSelection;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init ->
                init.getUI().setLocale(languageSelection.localeForNewUi(init.getUI().getSession())));
    }
}

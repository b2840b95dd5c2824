package vn.pcitracker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.shared.i18n.AppLocales;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LoginForm login = new LoginForm();
    private final LanguageSelection languageSelection;

    LoginView(LanguageSelection languageSelection) {
        this.languageSelection = languageSelection;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(new H1(getTranslation("security.LoginView.product")),
                new Paragraph(getTranslation("security.LoginView.tagline")), login, languageSwitch(), publicResults());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("security.LoginView.title"));
        form.setUsername(getTranslation("security.LoginView.username"));
        form.setPassword(getTranslation("security.LoginView.password"));
        form.setSubmit(getTranslation("security.LoginView.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.LoginView.errorTitle"));
        error.setMessage(getTranslation("security.LoginView.errorMessage"));
        error.setUsername(getTranslation("security.LoginView.usernameRequired"));
        error.setPassword(getTranslation("security.LoginView.passwordRequired"));
        return i18n;
    }

    /** Visitors without an account find the published answers from here. */
    private Anchor publicResults() {
        Anchor link = new Anchor("public", getTranslation("security.LoginView.publicResults"));
        link.addClassName("login-public-results");
        return link;
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout languages = new HorizontalLayout(language("Tiếng Việt", AppLocales.VIETNAMESE),
                language("English", AppLocales.ENGLISH));
        languages.addClassName("language-switch");
        return languages;
    }

    private Button language(String label, Locale locale) {
        Button button = new Button(label, click -> {
            languageSelection.chooseBeforeLogin(VaadinSession.getCurrent(), locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            showLocked(parameters.get("locked").getFirst());
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }

    /**
     * Too many failed logins for this name or from this address: said plainly, with the time it ends, and the same
     * for a name that has no account, so the message tells nothing about who exists.
     */
    private void showLocked(String untilEpochSecond) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("security.LoginView.lockedTitle"));
        i18n.getErrorMessage().setMessage(lockEnd(untilEpochSecond)
                .map(until -> getTranslation("security.LoginView.lockedUntil", until))
                .orElseGet(() -> getTranslation("security.LoginView.lockedMessage")));
        login.setI18n(i18n);
        login.setError(true);
    }

    private Optional<String> lockEnd(String untilEpochSecond) {
        try {
            Instant until = Instant.ofEpochSecond(Long.parseLong(untilEpochSecond));
            if (until.isBefore(Instant.now()) || until.isAfter(Instant.now().plus(Duration.ofDays(2)))) {
                return Optional.empty();
            }
            return Optional.of(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(PROVINCE).format(until));
        } catch (RuntimeException notATime) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.LoginView.title") + " · PCI Tracker";
    }
}

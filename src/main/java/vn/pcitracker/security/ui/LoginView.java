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
import java.util.Locale;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.shared.i18n.AppLocales;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.LoginView.title") + " · PCI Tracker";
    }
}

package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.shared.i18n.AppLocales;

/** The band above the public pages: the product, the language switch, print, and the way in for officials. */
class PublicPageHeader extends Composite<Header> {

    static final String KEY = "publicsite.PublicPageHeader.";

    PublicPageHeader(LanguageSelection languages) {
        Anchor brand = new Anchor("public", getTranslation(KEY + "brand"));
        brand.addClassName("public-brand");
        Span spacer = new Span();
        spacer.addClassName("public-spacer");
        Div languageSwitch = new Div(language(languages, "Tiếng Việt", AppLocales.VIETNAMESE),
                language(languages, "English", AppLocales.ENGLISH));
        languageSwitch.addClassName("language-switch");
        Button print = new Button(getTranslation(KEY + "print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("public-print");
        Anchor login = new Anchor("login", getTranslation(KEY + "login"));
        login.addClassName("public-login");
        login.getElement().setAttribute("router-ignore", true);
        getContent().addClassName("public-header");
        getContent().add(brand, spacer, languageSwitch, print, login);
    }

    private Button language(LanguageSelection languages, String label, Locale locale) {
        Button button = new Button(label, click -> {
            languages.chooseBeforeLogin(VaadinSession.getCurrent(), locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
        return button;
    }
}

package vn.pcitracker.api.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.AppLocales;

/** API texts in the caller's language: English when Accept-Language asks for it, else Vietnamese. */
@Component
public class ApiMessages {

    private final I18NProvider translations;

    ApiMessages(I18NProvider translations) {
        this.translations = translations;
    }

    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? AppLocales.VIETNAMESE : AppLocales.closest(request.getLocale());
    }

    public String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    public String text(HttpServletRequest request, String key, Object... args) {
        return text(locale(request), key, args);
    }

    public String text(Locale locale, ValidationException.Violation violation) {
        return violation.translate((key, args) -> translations.getTranslation(key, locale, args));
    }
}

package vn.pcitracker.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * Which language a UI starts in: Vietnamese by default, the signed-in user's remembered preference, or the
 * language just picked on the login page (which then becomes the preference).
 */
@Component
public class LanguageSelection {

    private static final String CHOSEN_BEFORE_LOGIN = LanguageSelection.class.getName() + ".chosen";
    private static final String APPLIED_FOR_ACCOUNT = LanguageSelection.class.getName() + ".account";

    private final CurrentUser currentUser;
    private final AccountService accountService;

    LanguageSelection(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    /** Called when a UI is created: decides and stores the session's locale. */
    public Locale localeForNewUi(VaadinSession session) {
        Locale locale = session.getLocale() == null ? AppLocales.VIETNAMESE : AppLocales.closest(session.getLocale());
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            Locale chosen = (Locale) session.getAttribute(CHOSEN_BEFORE_LOGIN);
            locale = chosen == null ? AppLocales.VIETNAMESE : chosen;
        } else if (!Objects.equals(session.getAttribute(APPLIED_FOR_ACCOUNT), user.accountId())) {
            Locale chosen = (Locale) session.getAttribute(CHOSEN_BEFORE_LOGIN);
            if (chosen != null) {
                accountService.changeMyLanguage(chosen);
                session.setAttribute(CHOSEN_BEFORE_LOGIN, null);
            }
            locale = chosen != null ? chosen : user.preferredLocale();
            session.setAttribute(APPLIED_FOR_ACCOUNT, user.accountId());
        }
        session.setLocale(locale);
        return locale;
    }

    /** The language switch on the login page. */
    public void chooseBeforeLogin(VaadinSession session, Locale locale) {
        session.setAttribute(CHOSEN_BEFORE_LOGIN, AppLocales.closest(locale));
        session.setLocale(AppLocales.closest(locale));
    }

    /** The language switch in the user menu: applies now and is remembered for the next session. */
    public void changeForSignedInUser(VaadinSession session, Locale locale) {
        accountService.changeMyLanguage(locale);
        session.setLocale(AppLocales.closest(locale));
    }
}

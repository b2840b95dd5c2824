package vn.pcitracker.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.i18n.AppLocales;

/** The signed-in user's name and role, the language switch and logout. */
class UserMenu extends MenuBar {

    UserMenu(CurrentUser currentUser, LanguageSelection languageSelection, AuthenticationContext authentication) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        addClassName("user-menu");
        SignedInUser user = currentUser.get().orElse(null);
        String name = user == null ? "" : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span label = new Span(name);
        label.addClassName("user-name");
        MenuItem root = addItem(new HorizontalLayout(avatar, label));
        root.getElement().setAttribute("aria-label", getTranslation("shell.UserMenu.label"));
        SubMenu menu = root.getSubMenu();
        if (user != null) {
            menu.addItem(getTranslation("security.Role." + user.role().name())).setEnabled(false);
        }
        menu.addItem(getTranslation("shell.UserMenu.notifications"), click -> UI.getCurrent().navigate("notifications"));
        SubMenu languages = menu.addItem(getTranslation("shell.UserMenu.language")).getSubMenu();
        language(languages, "Tiếng Việt", AppLocales.VIETNAMESE, languageSelection);
        language(languages, "English", AppLocales.ENGLISH, languageSelection);
        menu.addItem(getTranslation("shell.UserMenu.logout"), click -> authentication.logout());
    }

    /** "Nguyễn Thu Hà – Sở Tài chính" → "NH": family and given name, ignoring what follows a dash. */
    static String initials(String displayName) {
        String person = displayName.split("\\s[–-]\\s", 2)[0].strip();
        String[] words = java.util.Arrays.stream(person.split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0))).toArray(String[]::new);
        if (words.length == 0) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase() : (first + words[words.length - 1].charAt(0)).toUpperCase();
    }

    private void language(SubMenu languages, String label, Locale locale, LanguageSelection languageSelection) {
        MenuItem item = languages.addItem(label, click -> {
            languageSelection.changeForSignedInUser(VaadinSession.getCurrent(), locale);
            UI.getCurrent().getPage().reload();
        });
        item.setCheckable(true);
        item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
    }
}

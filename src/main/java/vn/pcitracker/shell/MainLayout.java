package vn.pcitracker.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.pcitracker.notification.NotificationService;
import vn.pcitracker.notification.ui.NotificationBell;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.LanguageSelection;

/**
 * The frame of every signed-in view. Navigation comes from the views' {@code @Menu} annotations, filtered
 * by what the user's role may open, so views never refer to this layout and the menu cannot drift from
 * the access rules.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final NotificationBell bell;

    MainLayout(CurrentUser currentUser, LanguageSelection languageSelection, AuthenticationContext authentication,
               NotificationService notifications) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        Span spacer = new Span();
        spacer.addClassName("navbar-spacer");
        bell = new NotificationBell(notifications);
        addToNavbar(new DrawerToggle(), viewTitle, spacer, bell, new UserMenu(currentUser, languageSelection, authentication));
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private Component brand() {
        Span brand = new Span(getTranslation("shell.MainLayout.brand"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        String icon = entry.icon();
        if (icon != null && icon.contains(":")) {
            item.setPrefixComponent(new Icon(icon.substring(0, icon.indexOf(':')), icon.substring(icon.indexOf(':') + 1)));
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        bell.refresh();
    }
}

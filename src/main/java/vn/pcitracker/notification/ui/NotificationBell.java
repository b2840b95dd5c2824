package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.pcitracker.notification.NotificationService;

/** The navbar bell: the number of unread notifications; a click opens the latest ones. */
public class NotificationBell extends Button {

    private static final String KEY = "notification.NotificationBell.";

    private final NotificationService notifications;
    private final Badge count = new Badge();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("notification-bell");
        count.addClassName("notification-count");
        count.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED, BadgeVariant.SMALL);
        setSuffixComponent(count);
        addClickListener(click -> new NotificationDialog(notifications, this::refresh).open());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    /** Reads the unread count again (after navigating, or after the dialog marked some read). */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation(KEY + "label", unread));
        setTooltipText(getTranslation(KEY + "label", unread));
    }
}

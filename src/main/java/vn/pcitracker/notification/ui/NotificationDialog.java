package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.pcitracker.notification.NotificationItem;
import vn.pcitracker.notification.NotificationService;

/** The bell's list: the latest notifications, each opening its record and marking it read. */
class NotificationDialog extends Dialog {

    private static final String KEY = "notification.NotificationDialog.";
    static final int SHOWN = 10;

    private final NotificationService notifications;
    private final Runnable changed;
    private final VerticalLayout list = new VerticalLayout();

    NotificationDialog(NotificationService notifications, Runnable changed) {
        this.notifications = notifications;
        this.changed = changed;
        setHeaderTitle(getTranslation(KEY + "title"));
        addClassName("notification-dialog");
        setWidth("min(32rem, 95vw)");
        list.setPadding(false);
        list.setSpacing(false);
        add(list);
        Button markAll = new Button(getTranslation(KEY + "markAllRead"), click -> {
            notifications.markAllRead();
            changed.run();
            fill();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button all = new Button(getTranslation(KEY + "all"), click -> open("notifications"));
        getFooter().add(markAll, all, new Button(getTranslation(KEY + "close"), click -> close()));
        fill();
    }

    private void fill() {
        list.removeAll();
        List<NotificationItem> latest = notifications.latest(SHOWN, getLocale());
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation(KEY + "empty")));
        }
        latest.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationItem item) {
        Button text = new Button(item.text(), click -> {
            notifications.markRead(item.id());
            changed.run();
            open(item.link());
        });
        text.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        text.addClassName("notification-text");
        Span time = new Span(NotificationTexts.time(item.createdAt(), getLocale()));
        time.addClassName("notification-time");
        Div row = new Div(text, time);
        row.addClassName("notification-row");
        if (!item.read()) {
            row.addClassName("unread");
            text.getStyle().set("font-weight", "bold");
        }
        return row;
    }

    private void open(String link) {
        close();
        UI.getCurrent().navigate(link);
    }
}

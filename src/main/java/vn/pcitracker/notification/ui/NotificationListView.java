package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.Locale;
import vn.pcitracker.notification.MailMode;
import vn.pcitracker.notification.NotificationItem;
import vn.pcitracker.notification.NotificationService;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** All of the user's notifications, newest first, and their choice of immediate mails or a daily digest. */
@Route("notifications")
@PermitAll
class NotificationListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "notification.NotificationListView.";

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final Locale locale;
    private final NotificationExport export;

    NotificationListView(NotificationService notifications) {
        this.notifications = notifications;
        this.locale = getLocale();
        this.export = new NotificationExport(this, locale);
        setSizeFull();
        RadioButtonGroup<MailMode> mailMode = new RadioButtonGroup<>(getTranslation(KEY + "mailMode"));
        mailMode.setItems(MailMode.values());
        mailMode.setItemLabelGenerator(mode -> getTranslation("notification.MailMode." + mode.name()));
        mailMode.setValue(notifications.mailMode());
        mailMode.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                notifications.changeMailMode(change.getValue());
            }
        });
        Button markAll = new Button(getTranslation(KEY + "markAllRead"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(markAll, new ExportButtons(NotificationExport.FILE_NAME, this::export));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout top = new HorizontalLayout(mailMode, tools);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.END);

        grid.addColumn(item -> NotificationTexts.time(item.createdAt(), getLocale()))
                .setHeader(getTranslation(KEY + "time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::text).setHeader(getTranslation(KEY + "text")).setFlexGrow(1);
        grid.addColumn(item -> getTranslation(item.read() ? KEY + "read" : KEY + "unread"))
                .setHeader(getTranslation(KEY + "status")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation(KEY + "empty"));
        add(top, grid);
        refresh();
    }

    private Button text(NotificationItem item) {
        Button open = new Button(item.text(), click -> {
            notifications.markRead(item.id());
            UI.getCurrent().navigate(item.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (!item.read()) {
            open.getStyle().set("font-weight", "bold");
        }
        return open;
    }

    /** Writes the list as the export buttons do: the user's own notifications, newest first. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, notifications.latest(NotificationService.LIST_LIMIT, locale));
    }

    private void refresh() {
        grid.setItems(notifications.latest(NotificationService.LIST_LIMIT, locale));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

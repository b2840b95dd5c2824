package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import vn.pcitracker.notification.OutboxEntry;
import vn.pcitracker.notification.OutboxService;
import vn.pcitracker.notification.OutboxStatus;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** The mail outbox: in demo mode what would have been sent; otherwise what was sent, waits for a retry, or failed. */
@Route("admin/outbox")
@Menu(title = "notification.OutboxView.menu", order = 97, icon = "vaadin:envelope")
@RolesAllowed(Role.Names.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "notification.OutboxView.";

    private final OutboxService outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final ComboBox<OutboxStatus> status = new ComboBox<>();
    private final OutboxExport export;
    private volatile OutboxStatus shownStatus;

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        setSizeFull();
        Paragraph sending = new Paragraph(getTranslation(outbox.sendingEnabled() ? KEY + "sendingOn" : KEY + "sendingOff"));
        sending.addClassName("outbox-sending");
        status.setPlaceholder(getTranslation(KEY + "allStatuses"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("notification.OutboxStatus." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> refresh());
        grid.addColumn(e -> NotificationTexts.time(e.createdAt(), getLocale())).setHeader(getTranslation(KEY + "created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::to).setHeader(getTranslation(KEY + "to")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation(KEY + "subject")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("notification.OutboxStatus." + e.status().name()))
                .setHeader(getTranslation(KEY + "status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation(KEY + "attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> NotificationTexts.time(e.sentAt(), getLocale())).setHeader(getTranslation(KEY + "sent"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation(KEY + "lastError")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            Paragraph body = new Paragraph(e.body());
            body.getStyle().set("white-space", "pre-wrap");
            return body;
        }));
        grid.setSizeFull();
        export = new OutboxExport(this, getLocale());
        HorizontalLayout toolbar = new HorizontalLayout(status, new ExportButtons(OutboxExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(sending, toolbar, grid);
        refresh();
    }

    /** Writes the list as the export buttons do: the mails of the status shown, bodies included. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, outbox.entries(shownStatus));
    }

    private void refresh() {
        shownStatus = status.getValue();
        grid.setItems(outbox.entries(shownStatus));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

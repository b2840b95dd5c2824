package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import vn.pcitracker.notification.NotificationTemplateService;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** Administrators edit the text of each notification and mail, in Vietnamese and English. */
@Route("admin/notification-templates")
@Menu(title = "notification.NotificationTemplateListView.menu", order = 98, icon = "vaadin:file-text-o")
@RolesAllowed(Role.Names.ADMIN)
class NotificationTemplateListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "notification.NotificationTemplateListView.";

    private final NotificationTemplateService templates;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final NotificationTemplateExport export;

    NotificationTemplateListView(NotificationTemplateService templates) {
        this.templates = templates;
        setSizeFull();
        grid.addColumn(t -> getTranslation("notification.NotificationKind." + t.kind().name()))
                .setHeader(getTranslation(KEY + "kind")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(KEY + "language." + t.language())).setHeader(getTranslation(KEY + "language"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TemplateSummary::subject).setHeader(getTranslation(KEY + "subject")).setFlexGrow(2);
        grid.addComponentColumn(this::editButton).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        export = new NotificationTemplateExport(this, getLocale());
        add(new Paragraph(getTranslation(KEY + "explanation")),
                new ExportButtons(NotificationTemplateExport.FILE_NAME, this::export), grid);
        refresh();
    }

    private Button editButton(TemplateSummary template) {
        Button edit = new Button(getTranslation(KEY + "edit"), click -> new NotificationTemplateDialog(template, changed -> {
            templates.update(template.id(), changed.subject(), changed.body(), template.version());
            refresh();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    /** Writes the list as the export buttons do: every template with its body. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, templates.templates());
    }

    private void refresh() {
        grid.setItems(templates.templates());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

package vn.pcitracker.issue.ui;

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
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** Administrators set each field's default deadline in working days, its names, and whether it is offered. */
@Route("admin/issue-fields")
@Menu(title = "issue.IssueFieldListView.menu", order = 93, icon = "vaadin:time-forward")
@RolesAllowed(Role.Names.ADMIN)
class IssueFieldListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "issue.IssueFieldListView.";

    private final IssueFieldService fields;
    private final Grid<IssueFieldOption> grid = new Grid<>();
    private final IssueFieldExport export;

    IssueFieldListView(IssueFieldService fields) {
        this.fields = fields;
        setSizeFull();
        grid.addColumn(IssueFieldOption::code).setHeader(getTranslation(KEY + "code")).setAutoWidth(true);
        grid.addColumn(field -> field.name(getLocale())).setHeader(getTranslation(KEY + "name")).setFlexGrow(2);
        grid.addColumn(IssueFieldOption::defaultDeadlineDays).setHeader(getTranslation(KEY + "days")).setAutoWidth(true);
        grid.addColumn(field -> getTranslation(field.active() ? KEY + "active" : KEY + "inactive"))
                .setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        export = new IssueFieldExport(this, getLocale());
        add(new Paragraph(getTranslation(KEY + "explanation")),
                new ExportButtons(IssueFieldExport.FILE_NAME, this::export), grid);
        refresh();
    }

    private Button editButton(IssueFieldOption field) {
        Button edit = new Button(getTranslation(KEY + "edit"), click -> new IssueFieldDialog(field, changed -> {
            fields.update(field.id(), changed.nameVi(), changed.nameEn(), changed.defaultDeadlineDays(), changed.active(),
                    field.version());
            refresh();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    /** Writes the list as the export buttons do: every field with its default deadline. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, fields.fields());
    }

    private void refresh() {
        grid.setItems(fields.fields());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

package vn.pcitracker.referencedata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataException;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.Role;

/** Reloads the CSV reference data after an administrator updated the files; all files or none. */
@Route("admin/reference-data")
@Menu(title = "referencedata.ReferenceDataView.menu", order = 95, icon = "vaadin:database")
@RolesAllowed(Role.Names.ADMIN)
class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    private final ReferenceDataService referenceData;
    private final Grid<LoadResult> results = new Grid<>();

    ReferenceDataView(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
        Button reload = new Button(getTranslation("referencedata.ReferenceDataView.reload"), VaadinIcon.REFRESH.create(),
                click -> confirm());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        results.addColumn(LoadResult::dataSet).setHeader(getTranslation("referencedata.ReferenceDataView.dataSet")).setFlexGrow(1);
        results.addColumn(LoadResult::inserted).setHeader(getTranslation("referencedata.ReferenceDataView.inserted"));
        results.addColumn(LoadResult::updated).setHeader(getTranslation("referencedata.ReferenceDataView.updated"));
        results.addColumn(LoadResult::unchanged).setHeader(getTranslation("referencedata.ReferenceDataView.unchanged"));
        results.addColumn(LoadResult::keptLocalEdits).setHeader(getTranslation("referencedata.ReferenceDataView.kept"));
        results.setVisible(false);
        add(new Paragraph(getTranslation("referencedata.ReferenceDataView.explanation")), reload, results);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("referencedata.ReferenceDataView.confirmTitle"),
                getTranslation("referencedata.ReferenceDataView.confirmText"),
                getTranslation("referencedata.ReferenceDataView.reload"), event -> reload());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("referencedata.ReferenceDataView.cancel"));
        dialog.open();
    }

    private void reload() {
        try {
            List<LoadResult> loaded = referenceData.reload();
            results.setItems(loaded);
            results.setVisible(true);
            Notification.show(getTranslation("referencedata.ReferenceDataView.done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReferenceDataException broken) {
            Notification notification = Notification.show(getTranslation("referencedata.ReferenceDataView.failed",
                    broken.getMessage()), 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referencedata.ReferenceDataView.title");
    }
}

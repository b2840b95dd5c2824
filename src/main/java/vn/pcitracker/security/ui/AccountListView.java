package vn.pcitracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** Administrators list, create, edit, disable and reset accounts. */
@Route("admin/accounts")
@Menu(title = "security.AccountListView.menu", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class AccountListView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final AccountExport export;
    private volatile String searched = "";

    AccountListView(AccountService accounts, AgencyService agencies, AssociationService associations) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.associations = associations;
        setSizeFull();
        search.setPlaceholder(getTranslation("security.AccountListView.search"));
        search.setWidth("20rem");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        Button create = new Button(getTranslation("security.AccountListView.new"), VaadinIcon.PLUS.create(), click -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        AccountBindingNames names = new AccountBindingNames(agencies, associations, getLocale());
        export = new AccountExport(this, getLocale(), names);
        HorizontalLayout toolbar = new HorizontalLayout(search, create,
                new ExportButtons(AccountExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, configureGrid(names));
        refresh();
    }

    private Grid<AccountSummary> configureGrid(AccountBindingNames names) {
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("security.AccountListView.username")).setSortable(true).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("security.AccountListView.displayName")).setSortable(true).setWidth("14rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(a -> getTranslation("security.Role." + a.role().name())).setHeader(getTranslation("security.AccountListView.role")).setSortable(true).setAutoWidth(true);
        grid.addColumn(names::bindingOf).setHeader(getTranslation("security.AccountListView.binding")).setWidth("12rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "security.AccountListView.enabled" : "security.AccountListView.disabled"))
                .setHeader(getTranslation("security.AccountListView.status")).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        return grid;
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button edit = new Button(getTranslation("security.AccountListView.edit"), click -> openDialog(account));
        Button password = new Button(getTranslation("security.AccountListView.resetPassword"),
                click -> new PasswordResetDialog(account, (pw, id) -> accounts.resetPassword(id, pw)).open());
        Button toggle = new Button(getTranslation(account.enabled() ? "security.AccountListView.disable" : "security.AccountListView.enable"),
                click -> confirmToggle(account));
        for (Button button : new Button[] {edit, password, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, password, toggle);
    }

    private void confirmToggle(AccountSummary account) {
        String key = account.enabled() ? "security.AccountListView.confirmDisable" : "security.AccountListView.confirmEnable";
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(key, account.username()), "",
                getTranslation("security.AccountListView.confirm"), event -> {
                    accounts.setEnabled(account.id(), !account.enabled(), account.version());
                    Notification.show(getTranslation("security.AccountListView.saved"));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("security.AccountListView.cancel"));
        confirm.open();
    }

    private void openDialog(AccountSummary account) {
        new AccountDialog(account, agencies.activeAgencies(), associations.activeAssociations(), (form, password) -> {
            if (account == null) {
                accounts.create(form, password);
            } else {
                accounts.update(account.id(), form, account.version());
            }
            Notification.show(getTranslation("security.AccountListView.saved"));
            refresh();
        }).open();
    }

    /** Writes the list as the export buttons do: the accounts of the search shown, never a password hash. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, accounts.search(searched));
    }

    private void refresh() {
        searched = search.getValue();
        grid.setItems(accounts.search(searched));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.AccountListView.title");
    }
}

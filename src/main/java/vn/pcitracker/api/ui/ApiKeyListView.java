package vn.pcitracker.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.api.ApiKeyService;
import vn.pcitracker.api.ApiKeySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** Administrators issue API keys to partner systems (the key is shown once) and revoke them. */
@Route("admin/api-keys")
@Menu(title = "api.ApiKeyListView.menu", order = 96, icon = "vaadin:key")
@RolesAllowed(Role.Names.ADMIN)
class ApiKeyListView extends VerticalLayout implements HasDynamicTitle {

    static final String KEY = "api.ApiKeyListView.";

    private final ApiKeyService keys;
    private final AssociationService associations;
    private final Grid<ApiKeySummary> grid = new Grid<>();
    private final Map<Long, String> associationNames;
    private final ApiKeyExport export;

    ApiKeyListView(ApiKeyService keys, AssociationService associations) {
        this.keys = keys;
        this.associations = associations;
        this.associationNames = associations.search("", true).stream()
                .collect(Collectors.toMap(AssociationSummary::id, a -> a.name(getLocale()), (a, b) -> a));
        this.export = new ApiKeyExport(this, getLocale(), associationNames);
        setSizeFull();
        Button issue = new Button(getTranslation(KEY + "issue"), VaadinIcon.PLUS.create(), click -> openIssueDialog());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation(KEY + "documentation"), AnchorTarget.BLANK);
        HorizontalLayout toolbar = new HorizontalLayout(issue, docs, new ExportButtons(ApiKeyExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new Paragraph(getTranslation(KEY + "intro")), toolbar, configureGrid());
        refresh();
    }

    private Grid<ApiKeySummary> configureGrid() {
        Function<java.time.Instant, String> when = instant -> instant == null ? ""
                : LocaleFormats.date(instant.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate(), getLocale());
        grid.addColumn(ApiKeySummary::label).setHeader(getTranslation(KEY + "label")).setFlexGrow(2).setResizable(true);
        grid.addColumn(k -> k.associationId() != null ? associationNames.getOrDefault(k.associationId(), "")
                : getTranslation(KEY + "channel", k.channelName())).setHeader(getTranslation(KEY + "holder")).setFlexGrow(2);
        grid.addColumn(k -> k.keyPrefix() + "…").setHeader(getTranslation(KEY + "prefix")).setAutoWidth(true);
        grid.addColumn(ApiKeySummary::requestsPerMinute).setHeader(getTranslation(KEY + "limit")).setAutoWidth(true);
        grid.addColumn(k -> when.apply(k.createdAt())).setHeader(getTranslation(KEY + "created")).setAutoWidth(true);
        grid.addColumn(k -> k.revoked() ? getTranslation(KEY + "revokedOn", when.apply(k.revokedAt()))
                : getTranslation(KEY + "active")).setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        return grid;
    }

    private Button revokeButton(ApiKeySummary key) {
        Button revoke = new Button(getTranslation(KEY + "revoke"), click -> confirmRevoke(key));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(!key.revoked());
        return revoke;
    }

    private void confirmRevoke(ApiKeySummary key) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(KEY + "confirmRevokeTitle", key.label()),
                getTranslation(KEY + "confirmRevokeText"), getTranslation(KEY + "revoke"), event -> {
                    keys.revoke(key.id());
                    FormFeedback.success(this, KEY + "revoked");
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation(KEY + "cancel"));
        confirm.open();
    }

    private void openIssueDialog() {
        new IssueApiKeyDialog(associations.activeAssociations(), form -> {
            var issued = keys.issue(form);
            refresh();
            return issued.secret();
        }).open();
    }

    /** Writes the list as the export buttons do: every key, never its secret or hash. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, keys.keys());
    }

    private void refresh() {
        grid.setItems(keys.keys());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

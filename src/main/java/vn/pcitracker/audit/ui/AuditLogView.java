package vn.pcitracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.pcitracker.audit.AuditEntry;
import vn.pcitracker.audit.AuditFilter;
import vn.pcitracker.audit.AuditLogService;
import vn.pcitracker.audit.AuditOutcome;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.PagedRows;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/**
 * The audit log for administrators: newest first, read a page at a time as the grid scrolls (never counted: the
 * log grows without end), narrowed by period, actor, action, target, outcome and address, and exported as
 * filtered. Every value is shown as text; actions, target types and roles by their {@linkplain AuditLabels labels}.
 */
@Route("admin/audit")
@Menu(title = "audit.AuditLogView.menu", order = 98, icon = "vaadin:records")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String KEY = "audit.AuditLogView.";
    static final String OUTCOME_KEY = "audit.AuditOutcome.";
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int EXPORT_PAGE = 500;

    private final AuditLogService log;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final TextField targetType = new TextField();
    private final TextField targetId = new TextField();
    private final Select<AuditOutcome> outcome = new Select<>();
    private final TextField address = new TextField();
    private final AuditLabels labels;
    private final AuditLogExport export;
    private AuditFilter filter = AuditFilter.everything();

    AuditLogView(AuditLogService log, ModuleTranslationProvider translations) {
        this.log = log;
        this.labels = AuditLabels.in(getLocale(), translations);
        this.export = new AuditLogExport(this, getLocale(), labels);
        setSizeFull();
        add(filters(), configureGrid());
        refresh();
    }

    private FlexLayout filters() {
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(LocaleFormats.datePattern(getLocale())));
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        from.setLabel(getTranslation(KEY + "from"));
        to.setLabel(getTranslation(KEY + "to"));
        label(actor, "actor");
        label(action, "action");
        action.setHelperText(getTranslation(KEY + "actionHint"));
        label(targetType, "targetType");
        label(targetId, "targetId");
        label(address, "clientAddress");
        outcome.setLabel(getTranslation(KEY + "outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation(KEY + "anyOutcome"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation(KEY + "anyOutcome") : getTranslation(OUTCOME_KEY + o.name()));
        Button apply = new Button(getTranslation(KEY + "apply"), VaadinIcon.FILTER.create(), click -> refresh());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation(KEY + "clear"), click -> clearFilters());
        FlexLayout bar = new FlexLayout(from, to, actor, action, targetType, targetId, outcome, address, apply, clear,
                new ExportButtons(AuditLogExport.FILE_NAME, this::export));
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private void label(TextField field, String name) {
        field.setLabel(getTranslation(KEY + name));
        field.setClearButtonVisible(true);
        field.setWidth("11em");
        field.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, event -> refresh());
    }

    private Grid<AuditEntry> configureGrid() {
        grid.addColumn(entry -> UTC.format(entry.occurredAt())).setHeader(getTranslation(KEY + "occurredAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation(KEY + "actor")).setAutoWidth(true).setResizable(true);
        grid.addColumn(entry -> labels.role(entry.actorRole())).setKey("role").setHeader(getTranslation(KEY + "role"))
                .setAutoWidth(true);
        grid.addColumn(entry -> labels.action(entry.action())).setKey("action")
                .setHeader(getTranslation(KEY + "action")).setAutoWidth(true).setResizable(true)
                .setTooltipGenerator(entry -> getTranslation(KEY + "actionCode", entry.action()));
        grid.addColumn(this::target).setKey("target").setHeader(getTranslation(KEY + "target")).setAutoWidth(true)
                .setTooltipGenerator(entry -> entry.targetType() == null ? ""
                        : getTranslation(KEY + "targetTypeCode", entry.targetType()));
        grid.addColumn(entry -> getTranslation(OUTCOME_KEY + entry.outcome().name())).setHeader(getTranslation(KEY + "outcome"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation(KEY + "clientAddress")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation(KEY + "details")).setFlexGrow(1).setResizable(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        return grid;
    }

    private String target(AuditEntry entry) {
        if (entry.targetType() == null) {
            return entry.targetId() == null ? "" : entry.targetId();
        }
        String type = labels.targetType(entry.targetType());
        return entry.targetId() == null ? type : type + " " + entry.targetId();
    }

    private void clearFilters() {
        from.clear();
        to.clear();
        actor.clear();
        action.clear();
        targetType.clear();
        targetId.clear();
        outcome.clear();
        address.clear();
        refresh();
    }

    void refresh() {
        filter = new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), action.getValue(),
                labels.actionsLabelled(action.getValue()), targetType.getValue(), targetId.getValue(),
                outcome.getValue(), address.getValue());
        AuditFilter shown = filter;
        grid.setItems(query -> log.entries(shown, query.getOffset(), query.getLimit()).stream());
    }

    /** Writes the log as filtered now, every row, a page at a time. */
    void export(ExportFormat format, OutputStream out) {
        AuditFilter exported = filter;
        export.write(format, out, PagedRows.after(EXPORT_PAGE,
                (AuditEntry last, int limit) -> log.entriesBefore(exported, last == null ? null : last.id(), limit)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

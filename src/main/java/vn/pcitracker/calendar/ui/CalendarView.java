package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcitracker.calendar.CalendarEntry;
import vn.pcitracker.calendar.CalendarService;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The year's holidays, days off and working weekends; administrators maintain them here. */
@Route("calendar")
@Menu(title = "calendar.CalendarView.menu", order = 80, icon = "vaadin:calendar")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.LEADER})
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingDayCalendar calendar;
    private final CalendarService service;
    private final boolean admin = hasRole(Role.ADMIN);
    private final IntegerField year = new IntegerField();
    private final Span workingDays = new Span();
    private final Span noEntries = new Span();
    private final CalendarGrid grid;
    private final DeadlineCalculator calculator;
    private final CalendarExport export;
    private volatile int shownYear;

    CalendarView(WorkingDayCalendar calendar, CalendarService service) {
        this.calendar = calendar;
        this.service = service;
        LocalDate today = LocalDate.now(PROVINCE_TIME);
        year.setLabel(getTranslation("calendar.CalendarView.year"));
        year.setStepButtonsVisible(true);
        year.setValue(today.getYear());
        year.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("calendar.CalendarView.add"), VaadinIcon.PLUS.create(), event -> edit(null));
        add.setVisible(admin);
        export = new CalendarExport(this, getLocale());
        HorizontalLayout toolbar = new HorizontalLayout(year, workingDays, add,
                new ExportButtons(CalendarExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        noEntries.setText(getTranslation("calendar.CalendarView.noEntries"));
        grid = admin ? new CalendarGrid(this::edit, this::confirmDelete) : new CalendarGrid(null, null);
        calculator = new DeadlineCalculator(calendar, today);
        add(toolbar, noEntries, grid, calculator);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.CalendarView.title");
    }

    private void edit(CalendarEntry existing) {
        Consumer<CalendarEntry> save = existing == null ? service::add : changed -> service.update(existing, changed);
        new CalendarDayDialog(existing, entry -> {
            save.accept(entry);
            changed("calendar.CalendarView.saved");
        }).open();
    }

    private void confirmDelete(CalendarEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("calendar.CalendarView.deleteTitle", LocaleFormats.date(entry.day(), getLocale())),
                getTranslation("calendar.CalendarView.deleteText"),
                getTranslation("calendar.CalendarView.delete"), event -> {
                    service.remove(entry.day());
                    changed("calendar.CalendarView.deleted");
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("calendar.CalendarView.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void changed(String messageKey) {
        refresh();
        calculator.update();
        Notification.show(getTranslation(messageKey)).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void refresh() {
        if (year.getValue() == null) {
            return;
        }
        int selected = year.getValue();
        shownYear = selected;
        List<CalendarEntry> entries = calendar.entries(selected);
        grid.setItems(entries);
        noEntries.setVisible(entries.isEmpty());
        workingDays.setText(getTranslation("calendar.CalendarView.workingDays", String.valueOf(selected),
                LocaleFormats.integer(calendar.workingDaysIn(selected), getLocale())));
    }

    /** Writes the list as the export buttons do: the days of the year shown. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, calendar.entries(shownYear));
    }

    private static boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}

package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.TextStyle;
import java.util.function.Consumer;
import vn.pcitracker.calendar.CalendarEntry;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The exception days of a year; with edit and delete callbacks, a column of buttons for them. */
class CalendarGrid extends Grid<CalendarEntry> {

    /** Read-only when both callbacks are null. */
    CalendarGrid(Consumer<CalendarEntry> onEdit, Consumer<CalendarEntry> onDelete) {
        addColumn(entry -> LocaleFormats.date(entry.day(), getLocale()))
                .setHeader(getTranslation("calendar.CalendarView.date")).setComparator(CalendarEntry::day).setAutoWidth(true);
        addColumn(entry -> entry.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.CalendarView.weekday")).setAutoWidth(true);
        addColumn(entry -> getTranslation("calendar.DayKind." + entry.kind().name()))
                .setHeader(getTranslation("calendar.CalendarView.kind")).setAutoWidth(true);
        addComponentColumn(this::nameCell).setHeader(getTranslation("calendar.CalendarView.name")).setFlexGrow(1);
        if (onEdit != null && onDelete != null) {
            addComponentColumn(entry -> actions(entry, onEdit, onDelete)).setAutoWidth(true).setFlexGrow(0);
        }
        setAllRowsVisible(true);
    }

    private Component nameCell(CalendarEntry entry) {
        HorizontalLayout cell = new HorizontalLayout(new Span(entry.name(getLocale())));
        if (!entry.confirmed()) {
            Badge unconfirmed = new Badge(getTranslation("calendar.CalendarView.unconfirmed"));
            unconfirmed.addThemeVariants(BadgeVariant.WARNING);
            cell.add(unconfirmed);
        }
        return cell;
    }

    private Component actions(CalendarEntry entry, Consumer<CalendarEntry> onEdit, Consumer<CalendarEntry> onDelete) {
        Button delete = iconButton(VaadinIcon.TRASH, "calendar.CalendarView.delete", () -> onDelete.accept(entry));
        delete.addThemeVariants(ButtonVariant.ERROR);
        return new HorizontalLayout(iconButton(VaadinIcon.EDIT, "calendar.CalendarView.edit", () -> onEdit.accept(entry)), delete);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}

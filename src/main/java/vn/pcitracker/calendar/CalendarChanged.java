package vn.pcitracker.calendar;

/** Published when calendar exceptions were added, edited, removed or reloaded: deadlines may have moved. */
public record CalendarChanged() {
}

/**
 * The working-day calendar: public holidays, extra days off and weekend days worked in exchange, kept as
 * exceptions to the Monday-Friday week, and the working-day arithmetic that deadlines are counted with
 * ({@link vn.pcitracker.calendar.WorkingDayCalendar}). Administrators maintain the exceptions
 * ({@link vn.pcitracker.calendar.CalendarService}); the defaults come from {@code data/reference/calendar_days.csv}.
 * Uses shared and referencedata.
 */
@ApplicationModule
package vn.pcitracker.calendar;

import org.springframework.modulith.ApplicationModule;

package vn.pcitracker.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.calendar.domain.CalendarDay;
import vn.pcitracker.calendar.domain.CalendarDayRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/**
 * Administrators' changes to the calendar exceptions, keyed by date. Every change is a local edit that
 * the reference CSV no longer overwrites; a removed day stays removed across reloads.
 */
@Service
public class CalendarService {

    private final CalendarDayRepository repository;
    private final ApplicationEventPublisher events;

    CalendarService(CalendarDayRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @PreAuthorize(Role.Names.HAS_ADMIN)
    @Transactional
    public CalendarEntry add(CalendarEntry entry) {
        CalendarEntry clean = clean(entry);
        Optional<CalendarDay> sameDate = clean.day() == null ? Optional.empty() : repository.findByDay(clean.day());
        validate(clean)
                .check(sameDate.map(CalendarDay::isRemoved).orElse(true), "day", "calendar.CalendarService.duplicateDay")
                .throwIfAny();
        // A removed row still holds its date, so adding that date again brings the row back.
        CalendarDay day = sameDate.orElseGet(() -> new CalendarDay(clean.day(), clean.kind(), clean.nameVi()));
        return save(day, clean);
    }

    /**
     * Changes the day the user read as {@code seen}; a new date moves it there. Refused when someone changed the day
     * since it was read (the entry holds every editable field, so comparing it is the version check).
     */
    @PreAuthorize(Role.Names.HAS_ADMIN)
    @Transactional
    public CalendarEntry update(CalendarEntry seen, CalendarEntry changed) {
        LocalDate day = seen.day();
        CalendarDay existing = find(day);
        if (!existing.toEntry().equals(seen)) {
            throw new OptimisticLockingFailureException("Calendar day " + day + " was changed by someone else");
        }
        CalendarEntry clean = clean(changed);
        if (clean.day() != null && !clean.day().equals(day)) {
            CalendarEntry moved = add(clean);
            existing.markRemoved();
            return moved;
        }
        validate(clean).throwIfAny();
        return save(existing, clean);
    }

    @PreAuthorize(Role.Names.HAS_ADMIN)
    @Transactional
    public void remove(LocalDate day) {
        find(day).markRemoved();
        events.publishEvent(new CalendarChanged());
    }

    private CalendarDay find(LocalDate day) {
        return repository.findByDay(day).filter(found -> !found.isRemoved())
                .orElseThrow(() -> new RecordNotFoundException("Calendar day", day));
    }

    private CalendarEntry save(CalendarDay day, CalendarEntry entry) {
        day.apply(entry);
        day.markEditedLocally();
        CalendarEntry saved = repository.save(day).toEntry();
        events.publishEvent(new CalendarChanged());
        return saved;
    }

    private static CalendarEntry clean(CalendarEntry entry) {
        return new CalendarEntry(entry.day(), entry.kind(), Violations.clean(entry.nameVi()),
                Violations.clean(entry.nameEn()), entry.confirmed(), Violations.clean(entry.sourceUrl()));
    }

    private static Violations validate(CalendarEntry entry) {
        return new Violations()
                .require("day", entry.day())
                .require("kind", entry.kind())
                .require("nameVi", entry.nameVi())
                .maxLength("nameVi", entry.nameVi(), CalendarEntry.NAME_MAX_LENGTH)
                .maxLength("nameEn", entry.nameEn(), CalendarEntry.NAME_MAX_LENGTH)
                .maxLength("sourceUrl", entry.sourceUrl(), CalendarEntry.SOURCE_URL_MAX_LENGTH)
                .check(entry.day() == null || entry.kind() == null || entry.kind().fits(entry.day()), "kind",
                        entry.kind() == DayKind.WORKING_DAY ? "calendar.CalendarService.workingDayOnWeekday"
                                : "calendar.CalendarService.dayOffOnWeekend");
    }
}

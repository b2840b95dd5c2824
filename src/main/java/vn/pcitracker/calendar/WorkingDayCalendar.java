package vn.pcitracker.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.calendar.domain.CalendarDay;
import vn.pcitracker.calendar.domain.CalendarDayRepository;
import vn.pcitracker.shared.Role;

/**
 * Working days for deadlines: Monday to Friday, minus holidays and days off, plus weekend days worked in
 * exchange. The exceptions are read once into an immutable snapshot, dropped whenever a
 * {@link CalendarChanged} transaction ends and read again on next use, so that counting a deadline never
 * queries the database per day. The arithmetic needs no transaction; only loading the snapshot opens one
 * (which is why this is a component, not a transactional service).
 */
@Component
public class WorkingDayCalendar {

    private final CalendarDayRepository repository;
    private final TransactionTemplate snapshotTransaction;
    private volatile WorkingDays snapshot;

    WorkingDayCalendar(CalendarDayRepository repository, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.snapshotTransaction = new TransactionTemplate(transactionManager);
        // A new transaction reads only committed days, even when called from inside a writing one.
        snapshotTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshotTransaction.setReadOnly(true);
    }

    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public boolean isWorkingDay(LocalDate day) {
        return workingDays().isWorkingDay(day);
    }

    /**
     * The deadline for something received on {@code start} that must be done within {@code days} working
     * days: the {@code days}-th working day after {@code start} (the receiving day does not count). With
     * zero days, {@code start} itself if it is a working day, else the next working day.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return workingDays().addWorkingDays(start, days);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays().workingDaysBetween(from, to);
    }

    /** Working days from 1 January to 31 December of {@code year}. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public int workingDaysIn(int year) {
        return workingDays().workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    /** The exceptions recorded for {@code year}, in date order. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(int year) {
        return repository.findByRemovedFalseAndDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().map(CalendarDay::toEntry).toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void onCalendarChanged(CalendarChanged event) {
        synchronized (this) {
            snapshot = null;
        }
    }

    private WorkingDays workingDays() {
        WorkingDays current = snapshot;
        if (current != null) {
            return current;
        }
        // Loading under the lock makes a concurrent invalidation wait, then drop what was just loaded.
        synchronized (this) {
            if (snapshot == null) {
                snapshot = snapshotTransaction.execute(status -> new WorkingDays(repository.findByRemovedFalse().stream()
                        .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind))));
            }
            return snapshot;
        }
    }
}

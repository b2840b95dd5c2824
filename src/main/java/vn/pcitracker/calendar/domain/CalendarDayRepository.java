package vn.pcitracker.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Public only for the calendar module's own services at its root; other modules use those services. */
public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    /** Removed rows included: the date stays taken by them in the database. */
    Optional<CalendarDay> findByDay(LocalDate day);

    List<CalendarDay> findByRemovedFalse();

    List<CalendarDay> findByRemovedFalseAndDayBetweenOrderByDay(LocalDate from, LocalDate to);
}

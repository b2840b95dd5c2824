package vn.pcitracker.report.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReportScheduleRepository extends JpaRepository<ReportSchedule, Long> {

    /** The one row (V150 inserts it). */
    Optional<ReportSchedule> findFirstByOrderByIdAsc();

    /** The one row, locked until the transaction ends: two sending jobs never both see a month as unsent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ReportSchedule s order by s.id")
    java.util.List<ReportSchedule> lockAll();
}

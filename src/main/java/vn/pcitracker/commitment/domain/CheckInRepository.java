package vn.pcitracker.commitment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByCriterionIdInOrderByYearAscQuarterAscRecordedAtAscIdAsc(Collection<Long> criterionIds);

    boolean existsByCriterionId(long criterionId);

    boolean existsByUnitId(long unitId);
}

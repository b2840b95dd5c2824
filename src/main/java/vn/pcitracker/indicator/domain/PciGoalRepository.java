package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Goals in force: retired goals stay in the table but are never returned as goals. */
public interface PciGoalRepository extends JpaRepository<PciGoal, Long> {

    @EntityGraph(attributePaths = "subIndexTargets")
    Optional<PciGoal> findByProvinceIdAndYearAndRetiredAtIsNull(Long provinceId, int year);

    @EntityGraph(attributePaths = "subIndexTargets")
    List<PciGoal> findByProvinceIdAndRetiredAtIsNullOrderByYear(Long provinceId);
}

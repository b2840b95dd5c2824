package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PciGoalRepository extends JpaRepository<PciGoal, Long> {

    @EntityGraph(attributePaths = "subIndexTargets")
    Optional<PciGoal> findByProvinceIdAndYear(Long provinceId, int year);

    @EntityGraph(attributePaths = "subIndexTargets")
    List<PciGoal> findByProvinceIdOrderByYear(Long provinceId);
}

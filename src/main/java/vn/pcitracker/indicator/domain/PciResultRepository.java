package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PciResultRepository extends JpaRepository<PciResult, Long> {

    @EntityGraph(attributePaths = "scores")
    Optional<PciResult> findByProvinceIdAndYear(Long provinceId, int year);

    @EntityGraph(attributePaths = "scores")
    List<PciResult> findByProvinceIdOrderByYear(Long provinceId);

    @EntityGraph(attributePaths = "scores")
    List<PciResult> findAllByOrderByYear();
}

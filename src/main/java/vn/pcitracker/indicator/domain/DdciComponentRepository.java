package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DdciComponentRepository extends JpaRepository<DdciComponent, Long> {

    @EntityGraph(attributePaths = "pciSubIndexIds")
    Optional<DdciComponent> findByCatalogueIdAndCode(Long catalogueId, String code);

    @EntityGraph(attributePaths = "pciSubIndexIds")
    List<DdciComponent> findByCatalogueIdOrderByPosition(Long catalogueId);

    long countByCatalogueId(Long catalogueId);
}

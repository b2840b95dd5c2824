package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PciEditionRepository extends JpaRepository<PciEdition, Long> {

    @EntityGraph(attributePaths = "weights")
    Optional<PciEdition> findByYear(int year);

    List<PciEdition> findAllByOrderByYear();
}

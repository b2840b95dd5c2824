package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DdciCatalogueRepository extends JpaRepository<DdciCatalogue, Long> {

    Optional<DdciCatalogue> findByCode(String code);

    List<DdciCatalogue> findAllByOrderByUnitLevelAscCodeAsc();
}

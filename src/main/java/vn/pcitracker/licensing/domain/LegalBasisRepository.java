package vn.pcitracker.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Internal to the licensing module. */
public interface LegalBasisRepository extends JpaRepository<LegalBasis, Long> {

    Optional<LegalBasis> findByCode(String code);

    List<LegalBasis> findAllByOrderByCodeAsc();
}

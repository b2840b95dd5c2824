package vn.pcitracker.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PciSubIndexRepository extends JpaRepository<PciSubIndex, Long> {

    Optional<PciSubIndex> findByCode(String code);

    List<PciSubIndex> findAllByOrderByNumber();
}

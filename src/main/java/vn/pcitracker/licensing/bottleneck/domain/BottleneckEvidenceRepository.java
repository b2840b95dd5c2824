package vn.pcitracker.licensing.bottleneck.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Internal to the licensing module. */
public interface BottleneckEvidenceRepository extends JpaRepository<BottleneckEvidence, Long> {

    List<BottleneckEvidence> findByBottleneckIdOrderByPeriodFromAscIdAsc(long bottleneckId);
}

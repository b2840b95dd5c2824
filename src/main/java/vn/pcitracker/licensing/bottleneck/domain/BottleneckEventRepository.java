package vn.pcitracker.licensing.bottleneck.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Internal to the licensing module. */
public interface BottleneckEventRepository extends JpaRepository<BottleneckEvent, Long> {

    List<BottleneckEvent> findByBottleneckIdOrderByOccurredAtAscIdAsc(long bottleneckId);
}

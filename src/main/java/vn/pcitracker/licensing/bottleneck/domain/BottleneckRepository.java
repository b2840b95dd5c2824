package vn.pcitracker.licensing.bottleneck.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the licensing module. */
public interface BottleneckRepository extends JpaRepository<Bottleneck, Long> {

    Optional<Bottleneck> findByCode(String code);

    boolean existsByTitleAndSyntheticTrue(String title);

    @Query(value = "SELECT b.* FROM bottleneck b JOIN bottleneck_issue l ON l.bottleneck_id = b.id"
            + " WHERE l.issue_id = :issue ORDER BY b.code", nativeQuery = true)
    List<Bottleneck> findLinkedToIssue(@Param("issue") long issueId);
}

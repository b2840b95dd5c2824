package vn.pcitracker.commitment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Query("SELECT c FROM Commitment c ORDER BY c.periodFrom DESC, c.title")
    List<Commitment> findAllNewestFirst();

    boolean existsByTitleAndSyntheticTrue(String title);

    @Query("SELECT c FROM Commitment c JOIN c.criteria k WHERE k.id = :criterionId")
    java.util.Optional<Commitment> findByCriterionId(@Param("criterionId") long criterionId);
}

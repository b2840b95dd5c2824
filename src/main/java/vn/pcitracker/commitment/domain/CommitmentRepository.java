package vn.pcitracker.commitment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Commitments in force: retired ones stay in the table (with their units, criteria and check-ins) but only
 * {@link #findById}, {@link #findAnyByCriterionId} and the {@code Retired} queries return them, for callers that must
 * tell "retired" from "missing" and for managers restoring one.
 */
public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Query("SELECT c FROM Commitment c WHERE c.retiredAt IS NULL ORDER BY c.periodFrom DESC, c.title")
    List<Commitment> findAllNewestFirst();

    Optional<Commitment> findByIdAndRetiredAtIsNull(long id);

    Optional<Commitment> findByIdAndRetiredAtIsNotNull(long id);

    @Query("SELECT c FROM Commitment c WHERE c.retiredAt IS NOT NULL ORDER BY c.retiredAt DESC, c.id DESC")
    List<Commitment> findRetiredLatestFirst();

    /** Demo data asks whether it made a commitment once, retired or not, so a retired demo one is not made again. */
    boolean existsByTitleAndSyntheticTrue(String title);

    @Query("SELECT c FROM Commitment c JOIN c.criteria k WHERE k.id = :criterionId AND c.retiredAt IS NULL")
    Optional<Commitment> findByCriterionId(@Param("criterionId") long criterionId);

    @Query("SELECT c FROM Commitment c JOIN c.criteria k WHERE k.id = :criterionId")
    Optional<Commitment> findAnyByCriterionId(@Param("criterionId") long criterionId);
}

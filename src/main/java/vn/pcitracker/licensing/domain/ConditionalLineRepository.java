package vn.pcitracker.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the licensing module. */
public interface ConditionalLineRepository extends JpaRepository<ConditionalLine, Long> {

    Optional<ConditionalLine> findByLegalBasisIdAndNumber(long legalBasisId, int number);

    /**
     * {@code pattern} is already LIKE-escaped (blank matches all); {@code legalBasisId} 0 means every basis; the
     * expression matches the index conditional_line_search (V70).
     */
    @Query(value = """
            SELECT l.* FROM conditional_line l
            WHERE search_text(l.name_vi || ' ' || coalesce(l.name_en, '') || ' ' || coalesce(l.managing_ministry, ''))
                  LIKE '%' || search_text(:pattern) || '%'
              AND (:basis = 0 OR l.legal_basis_id = :basis)
            ORDER BY l.legal_basis_id, l.number
            """, nativeQuery = true)
    List<ConditionalLine> search(@Param("pattern") String pattern, @Param("basis") long legalBasisId);
}

package vn.pcitracker.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the organization module: other modules go through EnterpriseService. */
public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    Optional<Enterprise> findByTaxCode(String taxCode);

    List<Enterprise> findByTaxCodeIn(java.util.Collection<String> taxCodes);

    /** {@code pattern} is already LIKE-escaped; the expression matches the index enterprise_search. */
    @Query(value = """
            SELECT e.* FROM enterprise e
            WHERE search_text(e.name || ' ' || e.tax_code) LIKE '%' || search_text(:pattern) || '%'
              AND (:includeRetired OR e.retired_on IS NULL)
            """, nativeQuery = true)
    List<Enterprise> search(@Param("pattern") String pattern, @Param("includeRetired") boolean includeRetired);
}

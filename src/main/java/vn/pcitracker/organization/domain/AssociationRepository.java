package vn.pcitracker.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the organization module: other modules go through AssociationService. */
public interface AssociationRepository extends JpaRepository<Association, Long> {

    Optional<Association> findByCode(String code);

    Optional<Association> findByCodeIgnoreCase(String code);

    Optional<Association> findByTaxCode(String taxCode);

    /** {@code pattern} is already LIKE-escaped; the expression matches the index association_search. */
    @Query(value = """
            SELECT a.* FROM association a
            WHERE search_text(a.name_vi || ' ' || coalesce(a.name_en, '') || ' ' || a.code || ' ' || coalesce(a.tax_code, ''))
                  LIKE '%' || search_text(:pattern) || '%'
              AND (:includeRetired OR a.retired_on IS NULL)
            """, nativeQuery = true)
    List<Association> search(@Param("pattern") String pattern, @Param("includeRetired") boolean includeRetired);
}

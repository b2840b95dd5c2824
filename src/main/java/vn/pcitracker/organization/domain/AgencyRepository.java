package vn.pcitracker.organization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the organization module: other modules go through AgencyService. */
public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    Optional<Agency> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    /** {@code pattern} is already LIKE-escaped; the expression matches the index agency_search. */
    @Query(value = """
            SELECT a.* FROM agency a
            WHERE search_text(a.name_vi || ' ' || coalesce(a.name_en, '') || ' ' || a.code)
                  LIKE '%' || search_text(:pattern) || '%'
              AND (:includeRetired OR a.valid_to IS NULL OR a.valid_to >= :today)
            """, nativeQuery = true)
    List<Agency> search(@Param("pattern") String pattern, @Param("includeRetired") boolean includeRetired,
                        @Param("today") LocalDate today);
}

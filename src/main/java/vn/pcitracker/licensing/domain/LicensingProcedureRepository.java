package vn.pcitracker.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Internal to the licensing module. */
public interface LicensingProcedureRepository extends JpaRepository<LicensingProcedure, Long> {

    Optional<LicensingProcedure> findByCode(String code);

    /** {@code pattern} is already LIKE-escaped (blank matches all); matches code and name ignoring diacritics. */
    @Query(value = """
            SELECT p.* FROM licensing_procedure p
            WHERE search_text(p.code || ' ' || p.name_vi) LIKE '%' || search_text(:pattern) || '%'
            ORDER BY p.code
            """, nativeQuery = true)
    List<LicensingProcedure> search(@Param("pattern") String pattern);
}

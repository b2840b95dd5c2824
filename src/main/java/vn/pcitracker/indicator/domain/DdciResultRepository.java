package vn.pcitracker.indicator.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DdciResultRepository extends JpaRepository<DdciResult, Long> {

    Optional<DdciResult> findByCatalogueIdAndYearAndUnitKey(Long catalogueId, int year, String unitKey);

    List<DdciResult> findByCatalogueIdInAndYear(Collection<Long> catalogueIds, int year);

    List<DdciResult> findByCatalogueIdIn(Collection<Long> catalogueIds);

    /** Every year of an agency's results among the catalogues of a level. */
    List<DdciResult> findByCatalogueIdInAndAgencyIdOrderByYear(Collection<Long> catalogueIds, Long agencyId);

    /** Every year of a unit that is no agency, found by its name without case or diacritics. */
    List<DdciResult> findByCatalogueIdInAndAgencyIdIsNullAndUnitKeyOrderByYear(Collection<Long> catalogueIds,
                                                                               String unitKey);

    /** The latest result of each agency (any level): one row per agency, the highest year. */
    @Query("""
            SELECT r FROM DdciResult r
            WHERE r.agencyId IS NOT NULL
              AND r.year = (SELECT max(o.year) FROM DdciResult o WHERE o.agencyId = r.agencyId)""")
    List<DdciResult> latestPerAgency();
}

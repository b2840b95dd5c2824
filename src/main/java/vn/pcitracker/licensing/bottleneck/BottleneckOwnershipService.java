package vn.pcitracker.licensing.bottleneck;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;

/**
 * Bottlenecks owned per agency, counted in one aggregate statement ({@link OwnedBottlenecks} says what counts).
 * Investment officers, leaders and administrators get every agency; an agency officer only their own agency's entry.
 */
@Service
public class BottleneckOwnershipService {

    /** The owner of a bottleneck: the agency that owns the fix, else the agency concerned. */
    static final String OWNER = "coalesce(b.owner_agency_id, b.agency_id)";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    BottleneckOwnershipService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Open and fixed bottlenecks now, per owning agency; agencies owning none are absent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')")
    public Map<Long, OwnedBottlenecks> ownedByAgency() {
        SignedInUser user = currentUser.require();
        boolean ownOnly = user.is(Role.AGENCY_OFFICER);
        if (ownOnly && user.agencyId() == null) {
            return Map.of();
        }
        Map<Long, OwnedBottlenecks> owned = new LinkedHashMap<>();
        jdbc.query("SELECT " + OWNER + " AS owner,"
                        + " count(*) FILTER (WHERE b.state IN ('IDENTIFIED', 'ANALYSING', 'FIX_PROPOSED', 'APPROVED')),"
                        + " count(*) FILTER (WHERE b.state IN ('IMPLEMENTED', 'VERIFIED'))"
                        + " FROM bottleneck b WHERE b.state <> 'DROPPED'"
                        + (ownOnly ? " AND " + OWNER + " = :agency" : "")
                        + " GROUP BY 1 ORDER BY 1",
                new MapSqlParameterSource("agency", user.agencyId()), rs -> {
                    long agency = rs.getLong(1);
                    owned.put(agency, new OwnedBottlenecks(agency, rs.getLong(2), rs.getLong(3)));
                });
        return owned;
    }
}

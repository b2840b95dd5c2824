package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;

/**
 * Each agency's latest commitment progress, for the agency scorecard: one statement finds the latest live (not
 * retired) commitment of every agency that is a unit of one, one more reads those units' latest check-in values, and
 * the unit score is {@link CommitmentScoring#unitScore} as on the commitment's own page. An agency officer gets their
 * own agency only.
 */
@Service
public class CommitmentProgressService {

    private record LatestUnit(long agencyId, long unitId, long commitmentId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CommitmentRepository commitments;
    private final CurrentUser currentUser;

    CommitmentProgressService(NamedParameterJdbcTemplate jdbc, CommitmentRepository commitments,
                              CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')")
    public Map<Long, AgencyCommitmentProgress> latestByAgency() {
        SignedInUser user = currentUser.require();
        boolean ownOnly = user.is(Role.AGENCY_OFFICER);
        if (ownOnly && user.agencyId() == null) {
            return Map.of();
        }
        List<LatestUnit> units = jdbc.query("""
                SELECT DISTINCT ON (u.agency_id) u.agency_id, u.id, c.id
                FROM commitment_unit u JOIN commitment c ON c.id = u.commitment_id
                WHERE u.agency_id IS NOT NULL AND c.retired_at IS NULL""" + (ownOnly ? " AND u.agency_id = :agency" : "") + """

                ORDER BY u.agency_id, c.period_to DESC, c.id DESC""",
                new MapSqlParameterSource("agency", user.agencyId()),
                (rs, row) -> new LatestUnit(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        Map<Long, Map<Long, BigDecimal>> values = latestValues(units);
        Map<Long, AgencyCommitmentProgress> progress = new LinkedHashMap<>();
        for (LatestUnit unit : units) {
            Commitment commitment = commitments.findById(unit.commitmentId()).orElseThrow();
            List<CommitmentScoring.Terms> terms = commitment.getCriteria().stream()
                    .map(criterion -> CommitmentAssembler.view(criterion).terms()).toList();
            double score = CommitmentScoring.unitScore(terms, values.getOrDefault(unit.unitId(), Map.of()));
            progress.put(unit.agencyId(), new AgencyCommitmentProgress(unit.agencyId(), commitment.getId(),
                    commitment.getTitle(), commitment.getPeriodFrom(), commitment.getPeriodTo(), score,
                    commitment.isSynthetic()));
        }
        return progress;
    }

    /** Per unit, each criterion's latest check-in value (the latest check-in that carries one), as on the page. */
    private Map<Long, Map<Long, BigDecimal>> latestValues(List<LatestUnit> units) {
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        if (units.isEmpty()) {
            return values;
        }
        jdbc.query("""
                SELECT DISTINCT ON (k.unit_id, k.criterion_id) k.unit_id, k.criterion_id, k.value
                FROM commitment_check_in k
                WHERE k.unit_id IN (:units) AND k.value IS NOT NULL
                ORDER BY k.unit_id, k.criterion_id, k.year DESC, k.quarter DESC, k.recorded_at DESC, k.id DESC""",
                new MapSqlParameterSource("units", units.stream().map(LatestUnit::unitId).toList()), rs -> {
                    values.computeIfAbsent(rs.getLong(1), unit -> new HashMap<>())
                            .put(rs.getLong(2), rs.getBigDecimal(3));
                });
        return values;
    }
}

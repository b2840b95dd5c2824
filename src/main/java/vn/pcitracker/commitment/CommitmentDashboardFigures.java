package vn.pcitracker.commitment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentAccess.Me;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.shared.Role;

/**
 * What the leaders' dashboard shows of the live (not retired) commitments whose period overlaps a year, as far as the
 * user may read them ({@link CommitmentAccess}) and, with an agency, those it signed or is a unit of. Scores and flags
 * are those of the commitment's own page ({@link CommitmentScoring}, {@link GamingFlags}), so the dashboard cannot
 * disagree with it.
 */
@Service
public class CommitmentDashboardFigures {

    private final CommitmentRepository commitments;
    private final CommitmentAccess access;
    private final CommitmentAssembler assembler;
    private final NamedParameterJdbcTemplate jdbc;

    CommitmentDashboardFigures(CommitmentRepository commitments, CommitmentAccess access, CommitmentAssembler assembler,
                               NamedParameterJdbcTemplate jdbc) {
        this.commitments = commitments;
        this.access = access;
        this.assembler = assembler;
        this.jdbc = jdbc;
    }

    /** A unit's score (0-100) in one commitment: a division by name or an agency by id. */
    public record UnitProgress(long commitmentId, String commitmentTitle, long unitId, String divisionName,
                               Long agencyId, double score) {
    }

    /** The gaming flags raised on one commitment, counted per kind (kinds without a flag are absent). */
    public record CommitmentFlags(long commitmentId, String commitmentTitle, Map<GamingFlag.Kind, Long> byKind) {

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Progress(List<UnitProgress> units, List<CommitmentFlags> flags) {
    }

    /**
     * Every unit's score and every commitment's flags, commitments newest period first. The scoring is the pure
     * calculator the commitment page uses, run over each readable commitment of the year: there are tens of them, not
     * millions, and their scores are not SQL aggregates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CommitmentService.READERS)
    public Progress progress(int year, Long agencyId) {
        Me me = access.me();
        List<UnitProgress> units = new ArrayList<>();
        List<CommitmentFlags> flags = new ArrayList<>();
        commitments.findAllNewestFirst().stream().filter(c -> CommitmentAccess.canRead(c, me))
                .filter(c -> overlaps(c, year)).filter(c -> agencyId == null || c.involvesAgency(agencyId))
                .map(c -> assembler.details(c, me)).forEach(details -> {
                    details.unitScores().forEach(score -> {
                        CommitmentDetails.Unit unit = details.unit(score.unitId());
                        units.add(new UnitProgress(details.id(), details.title(), unit.id(), unit.divisionName(),
                                unit.agencyId(), score.score()));
                    });
                    Map<GamingFlag.Kind, Long> byKind = new EnumMap<>(GamingFlag.Kind.class);
                    details.flags().forEach(flag -> byKind.merge(flag.kind(), 1L, Long::sum));
                    flags.add(new CommitmentFlags(details.id(), details.title(), byKind));
                });
        return new Progress(units, flags);
    }

    /**
     * Criteria of the year's readable commitments linked to each PCI sub-index code: directly by the criterion's
     * sub-index, or through its DDCI component ({@code ddci_component_pci}); a criterion counts once per sub-index.
     * Sub-indices without any are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CommitmentService.READERS)
    public Map<String, Long> criteriaByPciSubIndex(int year, Long agencyId) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("yearStart", LocalDate.of(year, 1, 1)).addValue("yearEnd", LocalDate.of(year, 12, 31));
        StringBuilder query = new StringBuilder("SELECT s.code, count(DISTINCT k.id) AS criteria"
                + " FROM commitment_criterion k JOIN commitment c ON c.id = k.commitment_id"
                + " JOIN pci_sub_index s ON s.code = k.pci_sub_index_code OR EXISTS (SELECT 1 FROM ddci_component_pci cp"
                + " WHERE cp.component_id = k.ddci_component_id AND cp.sub_index_id = s.id)"
                + " WHERE c.retired_at IS NULL AND c.period_from <= :yearEnd AND c.period_to >= :yearStart");
        narrowToReadable(query, parameters, agencyId);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(query.append(" GROUP BY s.code").toString(), parameters,
                rs -> {
                    counts.put(rs.getString("code"), rs.getLong("criteria"));
                });
        return counts;
    }

    /**
     * Check-ins recorded in the period = rows of {@code commitment_check_in} whose {@code recorded_at} falls between
     * {@code from} and {@code to} (days in Vietnam, both included), whatever quarter they report on, a check-in that
     * supersedes an earlier one counting again; per unit of the readable commitments ({@link CommitmentAccess}) and,
     * with an agency, those it signed or is a unit of. Ordered by commitment title, then the unit's position.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CommitmentService.READERS)
    public List<UnitCheckIns> checkInsRecordedIn(LocalDate from, LocalDate to, Long agencyId) {
        ZoneId province = CommitmentClock.ZONE;
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("fromInstant", Timestamp.from(from.atStartOfDay(province).toInstant()))
                .addValue("toInstant", Timestamp.from(to.plusDays(1).atStartOfDay(province).toInstant()));
        StringBuilder query = new StringBuilder("SELECT c.id, c.title, u.id, u.division_name, u.agency_id, count(*), "
                + Arrays.stream(CheckInStatus.values()).map(status -> "count(*) FILTER (WHERE k.status = '" + status.name()
                + "'), ").collect(Collectors.joining()) + """
                max(k.recorded_at)
                FROM commitment_check_in k JOIN commitment_unit u ON u.id = k.unit_id
                JOIN commitment c ON c.id = u.commitment_id
                WHERE c.retired_at IS NULL AND k.recorded_at >= :fromInstant AND k.recorded_at < :toInstant""");
        narrowToReadable(query, parameters, agencyId);
        query.append(" GROUP BY c.id, c.title, u.id, u.division_name, u.agency_id, u.position ORDER BY c.title, c.id, u.position, u.id");
        return jdbc.query(query.toString(), parameters, (rs, row) -> {
            Map<CheckInStatus, Long> byStatus = new EnumMap<>(CheckInStatus.class);
            for (CheckInStatus status : CheckInStatus.values()) {
                long count = rs.getLong(7 + status.ordinal());
                if (count > 0) {
                    byStatus.put(status, count);
                }
            }
            return new UnitCheckIns(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getObject(5, Long.class), rs.getLong(6), byStatus,
                    rs.getTimestamp(7 + CheckInStatus.values().length).toInstant().atZone(province).toLocalDate());
        });
    }

    /** Keeps the commitments the user may read and, with an agency, those it is involved in. */
    private void narrowToReadable(StringBuilder query, MapSqlParameterSource parameters, Long agencyId) {
        Me me = access.me();
        if (me.role() == Role.AGENCY_OFFICER) {
            query.append(involving("myAgency"));
            parameters.addValue("myAgency", me.agencyId() == null ? -1L : me.agencyId());
        } else if (me.role() == Role.ASSOCIATION_REP) {
            query.append(" AND false");
        }
        if (agencyId != null) {
            query.append(involving("agency"));
            parameters.addValue("agency", agencyId);
        }
    }

    /** The SQL twin of {@link Commitment#involvesAgency}. */
    private static String involving(String parameter) {
        return " AND (c.signing_agency_id = :" + parameter + " OR EXISTS (SELECT 1 FROM commitment_unit u"
                + " WHERE u.commitment_id = c.id AND u.agency_id = :" + parameter + "))";
    }

    private static boolean overlaps(Commitment commitment, int year) {
        return !commitment.getPeriodFrom().isAfter(LocalDate.of(year, 12, 31))
                && !commitment.getPeriodTo().isBefore(LocalDate.of(year, 1, 1));
    }
}

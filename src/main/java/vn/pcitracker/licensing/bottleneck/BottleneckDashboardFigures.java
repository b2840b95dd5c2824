package vn.pcitracker.licensing.bottleneck;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's figures the leaders' dashboard needs beyond {@link BottleneckFigureService}, each one aggregate SQL
 * over the bottlenecks the user may see ({@link BottleneckSearchSql}).
 */
@Service
public class BottleneckDashboardFigures {

    /** A bottleneck still stands in the way until a fix is implemented; dropped ones never count. */
    public static final Set<BottleneckState> OPEN = EnumSet.of(BottleneckState.IDENTIFIED, BottleneckState.ANALYSING,
            BottleneckState.FIX_PROPOSED, BottleneckState.APPROVED);

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','AGENCY_OFFICER','LEADER','ADMIN')";

    private final NamedParameterJdbcTemplate jdbc;
    private final BottleneckAccess access;

    BottleneckDashboardFigures(NamedParameterJdbcTemplate jdbc, BottleneckAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The register filter of the bottlenecks {@link #openByPciSubIndex} counts, less the date. */
    private static BottleneckFilter openFilter(Long agencyId) {
        return new BottleneckFilter(null, OPEN, agencyId, null, null, null, null);
    }

    /**
     * Open bottlenecks ({@link #OPEN}) identified on or before {@code asOf}, per PCI sub-index code: a bottleneck is
     * linked to a sub-index through its DDCI components ({@code bottleneck_ddci_component → ddci_component_pci}) and
     * counts once per sub-index however many of its components map there. {@code agencyId} (null = all) keeps those
     * the agency is concerned by or owns the fix of. Sub-indices without any are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<String, Long> openByPciSubIndex(LocalDate asOf, Long agencyId) {
        BottleneckSearchSql sql = new BottleneckSearchSql(access.me(), openFilter(agencyId));
        sql.parameters().addValue("asOf", asOf);
        String query = "SELECT s.code, count(DISTINCT b.id) AS bottlenecks FROM bottleneck b"
                + " JOIN bottleneck_ddci_component bc ON bc.bottleneck_id = b.id"
                + " JOIN ddci_component_pci cp ON cp.component_id = bc.component_id"
                + " JOIN pci_sub_index s ON s.id = cp.sub_index_id"
                + sql.where() + (sql.where().isEmpty() ? " WHERE " : " AND ") + "b.identified_on <= :asOf"
                + " GROUP BY s.code";
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(query, sql.parameters(), rs -> {
            counts.put(rs.getString("code"), rs.getLong("bottlenecks"));
        });
        return counts;
    }

    /**
     * Bottlenecks moved in the period = those with at least one history entry that set a state ({@code to_state}: the
     * recording, and every workflow move) between {@code from} and {@code to}, days in Vietnam, both included. Each
     * comes once, with the state it left first and the one it reached last; newest move first. {@code agencyId} (null
     * = all) keeps those the agency is concerned by or owns the fix of; the user sees what the register shows them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<BottleneckMove> movedIn(LocalDate from, LocalDate to, Long agencyId) {
        BottleneckSearchSql sql = new BottleneckSearchSql(access.me(),
                new BottleneckFilter(null, null, agencyId, null, null, null, null));
        sql.parameters().addValue("fromInstant", Timestamp.from(from.atStartOfDay(PROVINCE).toInstant()))
                .addValue("toInstant", Timestamp.from(to.plusDays(1).atStartOfDay(PROVINCE).toInstant()));
        String query = """
                SELECT b.id, b.code, b.title, b.agency_id, b.owner_agency_id,
                       (array_agg(e.from_state ORDER BY e.occurred_at, e.id))[1] AS from_state,
                       (array_agg(e.to_state ORDER BY e.occurred_at DESC, e.id DESC))[1] AS to_state,
                       count(*) AS moves, max(e.occurred_at) AS last_moved_at
                FROM bottleneck b JOIN bottleneck_event e ON e.bottleneck_id = b.id""" + sql.where()
                + (sql.where().isEmpty() ? " WHERE " : " AND ")
                + "e.to_state IS NOT NULL AND e.occurred_at >= :fromInstant AND e.occurred_at < :toInstant"
                + " GROUP BY b.id, b.code, b.title, b.agency_id, b.owner_agency_id ORDER BY last_moved_at DESC, b.code";
        return jdbc.query(query, sql.parameters(), (rs, row) -> new BottleneckMove(rs.getLong("id"), rs.getString("code"),
                rs.getString("title"), rs.getLong("agency_id"), rs.getObject("owner_agency_id", Long.class),
                state(rs.getString("from_state")), state(rs.getString("to_state")), rs.getInt("moves"),
                rs.getTimestamp("last_moved_at").toInstant().atZone(PROVINCE).toLocalDate()));
    }

    private static BottleneckState state(String name) {
        return name == null ? null : BottleneckState.valueOf(name);
    }
}

package vn.pcitracker.licensing.bottleneck;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SearchText;

/**
 * The one WHERE clause behind a register page, its count, its CSV export and the figures: who may see what (the
 * rule of {@link BottleneckAccess}, in SQL), then the filters, all with bound parameters.
 */
final class BottleneckSearchSql {

    static final int MAX_LIMIT = 10_000;

    /**
     * The median of the latest measurement (latest period end) of bottleneck {@code b} that has one, of the given
     * phase or, with null, of either; shared by the register and the figures.
     */
    static String latestMedian(EvidencePhase phase) {
        return "(SELECT e.median_actual_days FROM bottleneck_evidence e WHERE e.bottleneck_id = b.id"
                + (phase == null ? "" : " AND e.phase = '" + phase.name() + "'") + " AND e.median_actual_days IS NOT NULL"
                + " ORDER BY e.period_to DESC, e.id DESC LIMIT 1)";
    }

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    BottleneckSearchSql(BottleneckAccess.Me me, BottleneckFilter filter) {
        visible(me);
        if (filter != null) {
            filter(filter);
        }
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String orderBy(BottleneckSort sort) {
        return switch (sort == null ? BottleneckSort.NEWEST : sort) {
            case NEWEST -> "b.identified_on DESC, b.id DESC";
            case CODE -> "b.code ASC, b.id ASC";
            case TITLE -> "b.title ASC, b.id ASC";
            case STATE -> "array_position(ARRAY['IDENTIFIED','ANALYSING','FIX_PROPOSED','APPROVED','IMPLEMENTED',"
                    + "'VERIFIED','DROPPED']::varchar[], b.state) ASC, b.id ASC";
            case TARGET_DATE -> "b.target_date ASC NULLS LAST, b.id ASC";
        };
    }

    private void visible(BottleneckAccess.Me me) {
        Role role = me.role();
        if (role == Role.AGENCY_OFFICER) {
            if (me.agencyId() == null) {
                conditions.add("false");
                return;
            }
            conditions.add("(b.agency_id = :myAgency OR b.owner_agency_id = :myAgency)");
            parameters.addValue("myAgency", me.agencyId());
        } else if (role == Role.ASSOCIATION_REP) {
            conditions.add("b.is_public");
        }
    }

    private void filter(BottleneckFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("search_text(b.code || ' ' || b.title || ' ' || b.description) LIKE '%' || search_text(:text) || '%'");
            parameters.addValue("text", SearchText.containsPattern(filter.text()));
        }
        if (!filter.states().isEmpty()) {
            conditions.add("b.state IN (:states)");
            parameters.addValue("states", filter.states().stream().map(Enum::name).sorted().toList());
        }
        if (filter.agencyId() != null) {
            conditions.add("(b.agency_id = :agency OR b.owner_agency_id = :agency)");
            parameters.addValue("agency", filter.agencyId());
        }
        if (filter.cause() != null) {
            conditions.add("EXISTS (SELECT 1 FROM bottleneck_cause c WHERE c.bottleneck_id = b.id AND c.cause = :cause)");
            parameters.addValue("cause", filter.cause().name());
        }
        if (filter.legalBasisId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM conditional_line l WHERE l.id = b.line_id AND l.legal_basis_id = :basis)");
            parameters.addValue("basis", filter.legalBasisId());
        }
        if (filter.lineId() != null) {
            conditions.add("b.line_id = :line");
            parameters.addValue("line", filter.lineId());
        }
        if (filter.procedureId() != null) {
            conditions.add("b.procedure_id = :procedure");
            parameters.addValue("procedure", filter.procedureId());
        }
    }
}

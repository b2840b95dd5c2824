package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Role;

/**
 * Figures of the register per agency concerned and per conditional line, over the bottlenecks the user may see,
 * dropped ones left out: statutory vs reduced vs actual days, and the days saved by fixes.
 * <p>
 * <b>Days saved</b> by one bottleneck = median actual days before the fix − median actual days after it. "Before" is
 * the median of its latest before-fix measurement (latest period end); "after" is the median days measured on
 * verification or, while only implemented, the median of its latest after-fix measurement. It counts only for fixes
 * that are implemented or verified and whose two medians are known. A group's days saved is the sum over its
 * bottlenecks; a fix that made the procedure slower counts negatively.
 */
@Service
public class BottleneckFigureService {

    private final NamedParameterJdbcTemplate jdbc;
    private final BottleneckAccess access;

    BottleneckFigureService(NamedParameterJdbcTemplate jdbc, BottleneckAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** One row per agency concerned, most days saved first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<FigureRow> byAgency(BottleneckFilter filter) {
        return figures(filter, Measured::agencyId);
    }

    /** One row per conditional line as recorded (null: bottlenecks without a line), most days saved first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<FigureRow> byLine(BottleneckFilter filter) {
        return figures(filter, Measured::lineId);
    }

    private record Measured(long agencyId, Long lineId, BottleneckState state, int statutory, Integer reduced,
                            BigDecimal before, BigDecimal after) {

        BigDecimal saved() {
            return DaysSaved.of(state, before, after);
        }

        boolean fixed() {
            return state == BottleneckState.IMPLEMENTED || state == BottleneckState.VERIFIED;
        }
    }

    private List<FigureRow> figures(BottleneckFilter filter, Function<Measured, Long> group) {
        Map<Long, List<Measured>> groups = new LinkedHashMap<>();
        measured(filter).forEach(m -> groups.computeIfAbsent(group.apply(m), key -> new ArrayList<>()).add(m));
        List<FigureRow> rows = new ArrayList<>();
        groups.forEach((id, members) -> rows.add(row(id, members)));
        rows.sort(Comparator.comparing(FigureRow::daysSaved, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FigureRow::bottlenecks, Comparator.reverseOrder()));
        return rows;
    }

    private static FigureRow row(Long id, List<Measured> members) {
        List<BigDecimal> saved = members.stream().map(Measured::saved).filter(Objects::nonNull).toList();
        return new FigureRow(id, members.size(),
                mean(members.stream().map(m -> BigDecimal.valueOf(m.statutory())).toList()),
                mean(members.stream().map(m -> m.reduced() == null ? null : BigDecimal.valueOf(m.reduced())).toList()),
                mean(members.stream().map(Measured::before).toList()),
                mean(members.stream().filter(Measured::fixed).map(Measured::after).toList()),
                saved.size(), saved.isEmpty() ? null : saved.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The mean of the known values to one decimal; null when none is known. */
    private static BigDecimal mean(List<BigDecimal> values) {
        List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.HALF_UP);
    }

    private List<Measured> measured(BottleneckFilter filter) {
        BottleneckSearchSql sql = new BottleneckSearchSql(access.me(), filter);
        String query = "SELECT b.agency_id, b.line_id, b.state, p.statutory_days, p.reduced_days, "
                + BottleneckSearchSql.latestMedian(EvidencePhase.BEFORE_FIX) + " AS before_days, coalesce(b.measured_days_after, "
                + BottleneckSearchSql.latestMedian(EvidencePhase.AFTER_FIX) + ") AS after_days"
                + " FROM bottleneck b JOIN licensing_procedure p ON p.id = b.procedure_id" + sql.where()
                + (sql.where().isEmpty() ? " WHERE " : " AND ") + "b.state <> 'DROPPED' ORDER BY b.id";
        return jdbc.query(query, sql.parameters(), (rs, row) -> new Measured(rs.getLong("agency_id"),
                rs.getObject("line_id", Long.class), BottleneckState.valueOf(rs.getString("state")),
                rs.getInt("statutory_days"), rs.getObject("reduced_days", Integer.class), rs.getBigDecimal("before_days"),
                rs.getBigDecimal("after_days")));
    }
}

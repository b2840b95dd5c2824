package vn.pcitracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Role;

/**
 * The administrators' reading of the audit log, newest first. Plain SQL over {@code audit_log}: its rows are
 * never changed, so they need no entity; each filter has an index that ends with the id (V200).
 */
@Service
@PreAuthorize(Role.Names.HAS_ADMIN)
public class AuditLogService {

    /** The province's days, which the period filter speaks of. */
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int MAX_PAGE = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    AuditLogService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows {@code offset .. offset + limit - 1} of the filtered log, newest first: the grid's lazy pages. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        parameters.addValue("limit", Math.clamp(limit, 0, MAX_PAGE)).addValue("offset", Math.max(offset, 0));
        return jdbc.query("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset",
                parameters, AuditLogService::entry);
    }

    /**
     * At most {@code limit} rows older than {@code before} (null: from the newest), newest first: keyset pages
     * for an export of any length.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesBefore(AuditFilter filter, Long before, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        if (before != null) {
            where += (where.isEmpty() ? " WHERE" : " AND") + " id < :before";
            parameters.addValue("before", before);
        }
        parameters.addValue("limit", Math.clamp(limit, 0, MAX_PAGE));
        return jdbc.query("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT :limit", parameters,
                AuditLogService::entry);
    }

    private static String where(AuditFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.addValue("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.addValue("to", startOf(filter.to().plusDays(1)));
        }
        equal(conditions, parameters, "actor", filter.actor());
        equal(conditions, parameters, "target_type", filter.targetType());
        equal(conditions, parameters, "target_id", filter.targetId());
        equal(conditions, parameters, "client_address", filter.clientAddress());
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            parameters.addValue("outcome", filter.outcome().name());
        }
        String action = blankToNull(filter.action());
        if (action != null) {
            // The code itself or a family of codes: "IssueService" finds IssueService.assign, IssueService.answer...;
            // or a code whose label holds the text ("chuyển bước" finds BottleneckService.move), as the view found.
            String labelled = filter.actionsLabelled().isEmpty() ? "" : " OR action IN (:actionsLabelled)";
            conditions.add("(action = :action OR action LIKE :actionFamily ESCAPE '\\'" + labelled + ")");
            parameters.addValue("action", action).addValue("actionFamily", likeEscaped(action) + ".%")
                    .addValue("actionsLabelled", filter.actionsLabelled());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void equal(List<String> conditions, MapSqlParameterSource parameters, String column, String value) {
        String wanted = blankToNull(value);
        if (wanted != null) {
            conditions.add(column + " = :" + column);
            parameters.addValue(column, wanted);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PROVINCE).toInstant());
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                row.getString("actor_role"), row.getString("action"), row.getString("target_type"),
                row.getString("target_id"), AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("client_address"), row.getString("details"));
    }
}

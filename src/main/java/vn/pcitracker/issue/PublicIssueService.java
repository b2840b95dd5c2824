package vn.pcitracker.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.issue.domain.IssueField;
import vn.pcitracker.issue.domain.IssueFieldRepository;

/**
 * What anyone may read without signing in: recommendations marked public ({@code issue.is_public}) and the
 * active fields. Open to all callers because it can return nothing else; the public results page and the
 * Open311 API read through it.
 */
@Service
public class PublicIssueService {

    static final int MAX_LIMIT = 1_000;

    /** See {@link PublicIssue#requestedAt()}. */
    static final String REQUESTED_AT = "CASE WHEN (i.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = i.received_on"
            + " THEN i.created_at ELSE i.received_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END";

    private static final String SELECT = """
            SELECT i.id, i.code, i.title, i.content, f.code AS field_code, f.name_vi AS field_name_vi,
                   f.name_en AS field_name_en, i.state, a.name_vi AS agency_name_vi, a.name_en AS agency_name_en,
                   %s AS requested_at,
                   COALESCE((SELECT max(e.occurred_at) FROM issue_event e WHERE e.issue_id = i.id), i.created_at) AS updated_at,
                   i.deadline, i.answered_on, i.answer_text
            FROM issue i JOIN issue_field f ON f.id = i.field_id LEFT JOIN agency a ON a.id = i.lead_agency_id
            WHERE i.is_public""".formatted(REQUESTED_AT);

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueFieldRepository fields;

    PublicIssueService(NamedParameterJdbcTemplate jdbc, IssueFieldRepository fields) {
        this.jdbc = jdbc;
        this.fields = fields;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicIssue> search(PublicIssueQuery query) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (query.codes() != null && !query.codes().isEmpty()) {
            conditions.add("i.code IN (:codes)");
            parameters.addValue("codes", query.codes());
        }
        if (query.fieldCodes() != null && !query.fieldCodes().isEmpty()) {
            conditions.add("f.code IN (:fields)");
            parameters.addValue("fields", query.fieldCodes());
        }
        if (query.states() != null && !query.states().isEmpty()) {
            conditions.add("i.state IN (:states)");
            parameters.addValue("states", query.states().stream().map(Enum::name).toList());
        }
        if (query.from() != null) {
            conditions.add(REQUESTED_AT + " >= :from");
            parameters.addValue("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add(REQUESTED_AT + " <= :to");
            parameters.addValue("to", Timestamp.from(query.to()));
        }
        parameters.addValue("limit", Math.clamp(query.limit(), 0, MAX_LIMIT));
        String where = conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
        return jdbc.query(SELECT + where + " ORDER BY requested_at DESC, i.id DESC LIMIT :limit", parameters,
                (rs, row) -> issue(rs));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicIssue> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + " AND i.code = :code", new MapSqlParameterSource("code", code.strip().toUpperCase()),
                (rs, row) -> issue(rs)).stream().findFirst();
    }

    /** The fields a new recommendation may be filed under, in list order. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<IssueFieldOption> activeFields() {
        return fields.findAllByOrderByPositionAscCodeAsc().stream().filter(IssueField::isActive).map(IssueField::toOption)
                .toList();
    }

    private static PublicIssue issue(ResultSet rs) throws SQLException {
        return new PublicIssue(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("content"),
                rs.getString("field_code"), rs.getString("field_name_vi"), rs.getString("field_name_en"),
                IssueState.valueOf(rs.getString("state")), rs.getString("agency_name_vi"), rs.getString("agency_name_en"),
                rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("deadline", java.time.LocalDate.class), rs.getObject("answered_on", java.time.LocalDate.class),
                rs.getString("answer_text"));
    }
}

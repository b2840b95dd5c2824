package vn.pcitracker.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Violations;

/**
 * Recommendations as the associations' portal shows them to a representative: open ones similar to the concern
 * being typed (so that the association can back one instead of filing a duplicate), and the association's own
 * submissions. Both see only what the representative may: public issues and their association's.
 */
@Service
public class AssociationIssueService {

    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_SUBMISSIONS = 500;
    /** Shorter text matches almost anything: no suggestions until the representative has typed this much. */
    static final int MIN_TEXT = 8;

    /**
     * Similarity of the typed text to an issue's title and content, both through {@code search_text} (lower case,
     * Vietnamese diacritics removed, so "cap phep" finds "cấp phép"): the best of the title's trigram word
     * similarity (the typed title against the closest stretch of the issue's text; tolerant of typos) and the
     * trigram similarity of the whole typed text. Thresholds chosen on realistic Vietnamese concerns
     * ({@code AssociationIssueServiceTest}): unrelated ones score below 0.45. Open issues are few enough (the
     * {@code issue_state} index) that no trigram index is needed for this.
     */
    private static final String SIMILAR = """
            SELECT i.id, i.code, i.title, i.state, i.received_on, s.score,
                   EXISTS (SELECT 1 FROM issue_party p WHERE p.issue_id = i.id AND p.association_id = :association) AS own,
                   (SELECT count(*) FROM issue_party p WHERE p.issue_id = i.id AND p.association_id IS NOT NULL) AS associations,
                   (SELECT count(DISTINCT p.enterprise_id) FROM issue_party p WHERE p.issue_id = i.id) AS firms
            FROM issue i
            CROSS JOIN LATERAL (SELECT greatest(word_similarity(search_text(:title), search_text(i.title || ' ' || i.content)),
                                                similarity(search_text(:text), search_text(i.title || ' ' || i.content))) AS score) s
            WHERE i.state IN (:open) AND s.score >= :threshold
              AND (i.is_public OR EXISTS (SELECT 1 FROM issue_party p WHERE p.issue_id = i.id AND p.association_id = :association))
            ORDER BY s.score DESC, i.id DESC
            LIMIT :limit""";

    private static final String MINE = """
            SELECT i.id, i.code, i.title, i.state, i.received_on, i.deadline, i.answered_on,
                   bool_or(p.role = 'SUBMITTER') AS submitted,
                   EXISTS (SELECT 1 FROM issue_feedback f WHERE f.issue_id = i.id AND f.association_id = :association) AS feedback
            FROM issue i JOIN issue_party p ON p.issue_id = i.id AND p.association_id = :association
            GROUP BY i.id
            ORDER BY i.received_on DESC, i.id DESC
            LIMIT :limit""";

    static final double THRESHOLD = 0.45;

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueAccess access;
    private final IssueClock clock;

    AssociationIssueService(NamedParameterJdbcTemplate jdbc, IssueAccess access, IssueClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** Open issues like the typed title and content, most similar first; empty while too little is typed. */
    @PreAuthorize(IssueService.ASSOCIATION)
    @Transactional(readOnly = true)
    public List<SimilarIssue> similarOpen(String title, String content, int limit) {
        long association = association();
        String typedTitle = Violations.clean(title) == null ? "" : Violations.clean(title);
        String typedContent = Violations.clean(content) == null ? "" : Violations.clean(content);
        String text = (typedTitle + " " + typedContent).strip();
        if (text.length() < MIN_TEXT) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("association", association)
                .addValue("title", typedTitle).addValue("text", text).addValue("threshold", THRESHOLD)
                .addValue("open", IssueWorkflow.OPEN.stream().map(Enum::name).toList())
                .addValue("limit", Math.clamp(limit, 0, MAX_SUGGESTIONS));
        return jdbc.query(SIMILAR, parameters, (rs, row) -> new SimilarIssue(rs.getLong("id"), rs.getString("code"),
                rs.getString("title"), IssueState.valueOf(rs.getString("state")), date(rs, "received_on"),
                rs.getBoolean("own"), rs.getInt("associations"), rs.getInt("firms"), rs.getDouble("score")));
    }

    /** What the representative's association submitted or backs, newest first; never other associations' issues. */
    @PreAuthorize(IssueService.ASSOCIATION)
    @Transactional(readOnly = true)
    public List<MySubmission> mySubmissions() {
        MapSqlParameterSource parameters = new MapSqlParameterSource("association", association())
                .addValue("limit", MAX_SUBMISSIONS);
        LocalDate today = clock.today();
        return jdbc.query(MINE, parameters, (rs, row) -> submission(rs, today));
    }

    private long association() {
        Long association = access.me().associationId();
        if (association == null) {
            throw new AccessDeniedException("A representative without an association has no portal");
        }
        return association;
    }

    private static MySubmission submission(ResultSet rs, LocalDate today) throws SQLException {
        IssueState state = IssueState.valueOf(rs.getString("state"));
        LocalDate deadline = date(rs, "deadline");
        LocalDate answeredOn = date(rs, "answered_on");
        boolean overdue = deadline != null && (state.awaitingAnswer() ? today.isAfter(deadline)
                : answeredOn != null && answeredOn.isAfter(deadline));
        return new MySubmission(rs.getLong("id"), rs.getString("code"), rs.getString("title"), state,
                date(rs, "received_on"), deadline, answeredOn, overdue, rs.getBoolean("submitted"),
                rs.getBoolean("feedback"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

package vn.pcitracker.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public results page's reads, open to anyone because they can return nothing private: only recommendations
 * marked public ({@code is_public}) that have an answer, with the columns of {@link PublishedAnswer}. Never
 * parties, timeline notes, feedback comments or unpublished records.
 */
@Service
public class PublicResultsService {

    static final int MAX_LIMIT = 500;

    /** Answered public issues; a reopened one keeps its first answer, which its submitter found wanting. */
    private static final String PUBLISHED = "i.is_public AND i.answered_on IS NOT NULL AND i.answer_text IS NOT NULL"
            + " AND i.state IN ('ANSWERED', 'SATISFIED', 'REOPENED', 'CLOSED') AND i.lead_agency_id IS NOT NULL";

    /** The submitter's latest verdict, as in {@link IssueMeasures#satisfaction766}. */
    private static final String LATEST_FEEDBACK = "LEFT JOIN LATERAL (SELECT f.satisfied, f.score FROM issue_feedback f"
            + " WHERE f.issue_id = i.id ORDER BY f.given_at DESC, f.id DESC LIMIT 1) fb ON true";

    private static final String ANSWERS = """
            SELECT i.code, i.title, i.content, i.answer_text, f.name_vi AS field_vi, f.name_en AS field_en,
                   a.name_vi AS agency_vi, a.name_en AS agency_en, i.state, i.received_on, i.deadline, i.answered_on,
                   fb.satisfied, fb.score
            FROM issue i JOIN issue_field f ON f.id = i.field_id JOIN agency a ON a.id = i.lead_agency_id
            """ + LATEST_FEEDBACK + " WHERE " + PUBLISHED;

    /**
     * Per lead agency: answered = published answers; on time = those with answered_on ≤ deadline (as
     * {@link IssueMeasures#onTimeRate}); rated = those with a verdict; satisfied = those whose latest verdict is
     * satisfied; average score = mean of the latest scores.
     */
    private static final String FIGURES = """
            SELECT a.id, a.name_vi, a.name_en, count(*) AS answered,
                   count(*) FILTER (WHERE i.answered_on <= i.deadline) AS on_time,
                   count(fb.satisfied) AS rated, count(*) FILTER (WHERE fb.satisfied) AS satisfied,
                   avg(fb.score) AS average_score
            FROM issue i JOIN issue_field f ON f.id = i.field_id JOIN agency a ON a.id = i.lead_agency_id
            """ + LATEST_FEEDBACK + " WHERE " + PUBLISHED;

    private final NamedParameterJdbcTemplate jdbc;

    PublicResultsService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedAnswer> answers(PublishedAnswerQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = filters(query, parameters);
        parameters.addValue("limit", Math.clamp(query.limit(), 0, MAX_LIMIT));
        return jdbc.query(ANSWERS + where + " ORDER BY i.answered_on DESC, i.id DESC LIMIT :limit", parameters,
                (rs, row) -> answer(rs));
    }

    /** The shareable single answer; empty when the code is unknown, not public or not answered. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedAnswer> answer(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(ANSWERS + " AND i.code = :code", new MapSqlParameterSource("code", code.strip().toUpperCase()),
                (rs, row) -> answer(rs)).stream().findFirst();
    }

    /** Figures per lead agency over the same filters (the limit is ignored), most answers first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AgencyAnswerFigures> figuresByAgency(PublishedAnswerQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = filters(query, parameters);
        return jdbc.query(FIGURES + where + " GROUP BY a.id, a.name_vi, a.name_en ORDER BY answered DESC, a.name_vi",
                parameters, (rs, row) -> new AgencyAnswerFigures(rs.getLong("id"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("answered"), rs.getInt("on_time"), rs.getInt("rated"),
                        rs.getInt("satisfied"), rs.getObject("average_score") == null ? null : rs.getDouble("average_score")));
    }

    /** The fields that have published answers, for the filter. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicChoice> fields() {
        return jdbc.query("SELECT DISTINCT f.code, f.name_vi, f.name_en, f.position FROM issue i JOIN issue_field f"
                + " ON f.id = i.field_id WHERE " + PUBLISHED + " ORDER BY f.position, f.code", (rs, row) ->
                new PublicChoice(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")));
    }

    /** The lead agencies that have published answers, for the filter. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicChoice> agencies() {
        return jdbc.query("SELECT DISTINCT a.id, a.name_vi, a.name_en FROM issue i JOIN agency a ON a.id = i.lead_agency_id"
                + " WHERE " + PUBLISHED + " ORDER BY a.name_vi", (rs, row) ->
                new PublicChoice(String.valueOf(rs.getLong("id")), rs.getString("name_vi"), rs.getString("name_en")));
    }

    /** The years in which published answers were given, latest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT extract(YEAR FROM i.answered_on)::int AS y FROM issue i WHERE "
                + PUBLISHED + " ORDER BY y DESC", new MapSqlParameterSource(), Integer.class);
    }

    private static String filters(PublishedAnswerQuery query, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("search_text(i.code || ' ' || i.title || ' ' || i.content || ' ' || i.answer_text)"
                    + " LIKE '%' || search_text(:text) || '%'");
            parameters.addValue("text", IssueSearchSql.likeLiteral(query.text().strip()));
        }
        if (query.fieldCode() != null && !query.fieldCode().isBlank()) {
            conditions.add("f.code = :field");
            parameters.addValue("field", query.fieldCode());
        }
        if (query.agencyId() != null) {
            conditions.add("i.lead_agency_id = :agency");
            parameters.addValue("agency", query.agencyId());
        }
        if (query.year() != null) {
            conditions.add("i.answered_on BETWEEN :yearStart AND :yearEnd");
            parameters.addValue("yearStart", LocalDate.of(query.year(), 1, 1)).addValue("yearEnd",
                    LocalDate.of(query.year(), 12, 31));
        }
        return conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
    }

    private static PublishedAnswer answer(ResultSet rs) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        LocalDate answeredOn = rs.getObject("answered_on", LocalDate.class);
        return new PublishedAnswer(rs.getString("code"), rs.getString("title"), rs.getString("content"),
                rs.getString("answer_text"), rs.getString("field_vi"), rs.getString("field_en"), rs.getString("agency_vi"),
                rs.getString("agency_en"), IssueState.valueOf(rs.getString("state")), rs.getObject("received_on", LocalDate.class),
                deadline, answeredOn, deadline != null && !answeredOn.isAfter(deadline),
                (Boolean) rs.getObject("satisfied"), (Integer) rs.getObject("score"));
    }
}

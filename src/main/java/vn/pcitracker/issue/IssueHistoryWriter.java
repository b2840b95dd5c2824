package vn.pcitracker.issue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueHistoryGenerator.Event;
import vn.pcitracker.issue.IssueHistoryGenerator.FeedbackGiven;
import vn.pcitracker.issue.IssueHistoryGenerator.Generated;
import vn.pcitracker.issue.domain.IssueCodeCounter;

/**
 * Stores a generated history with batched JDBC (a handful of statements per table, whatever the count): issues
 * marked {@code synthetic} with codes from the normal per-year counter, their DDCI components, the submitting
 * association, the timeline (each step at 08:00 Vietnam time plus a few minutes per step, so steps of one day
 * keep their order) and the feedback. Runs inside the caller's transaction.
 */
@Component
class IssueHistoryWriter {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final IssueCodeCounter codes;

    IssueHistoryWriter(JdbcTemplate jdbc, IssueCodeCounter codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    /** Whether a generated history is stored already. */
    boolean present() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM issue WHERE synthetic AND content LIKE ?)", Boolean.class,
                "%" + IssueHistoryGenerator.MARKER));
    }

    /**
     * @param recordedBy the account recorded as having entered the feedback (on the submitter's behalf unless the
     *                   issue came from an association)
     * @return the ids of the stored issues, in the order given
     */
    List<Long> write(List<Generated> issues, long recordedBy) {
        List<Long> ids = jdbc.queryForList("SELECT nextval(pg_get_serial_sequence('issue', 'id')) FROM generate_series(1, ?)",
                Long.class, issues.size());
        List<String> issueCodes = codesInOrder(issues);
        List<Object[]> issueRows = new ArrayList<>();
        List<Object[]> componentRows = new ArrayList<>();
        List<Object[]> partyRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> feedbackRows = new ArrayList<>();
        for (int n = 0; n < issues.size(); n++) {
            Generated issue = issues.get(n);
            long id = ids.get(n);
            issueRows.add(issueRow(id, issueCodes.get(n), issue));
            issue.ddciComponentIds().forEach(component -> componentRows.add(new Object[] {id, component}));
            if (issue.associationId() != null) {
                partyRows.add(new Object[] {id, issue.associationId()});
            }
            for (int step = 0; step < issue.events().size(); step++) {
                eventRows.add(eventRow(id, step, issue.events().get(step)));
            }
            for (FeedbackGiven given : issue.feedback()) {
                feedbackRows.add(new Object[] {id, at(given.day(), 120), given.satisfied(), given.score(), given.comment(),
                        issue.associationId() == null, recordedBy, issue.associationId()});
            }
        }
        batch("""
                INSERT INTO issue (id, code, title, content, channel, dialogue_id, field_id, state, priority, lead_agency_id,
                                   received_on, assigned_on, deadline, answered_on, closed_on, answer_text, answer_kind,
                                   answer_document_number, answer_document_date, forwarded_to_agency_id, forwarded_on,
                                   rejection_reason, reopen_count, synthetic, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""", issueRows);
        batch("INSERT INTO issue_ddci_component (issue_id, component_id) VALUES (?, ?)", componentRows);
        batch("INSERT INTO issue_party (issue_id, association_id, role) VALUES (?, ?, 'SUBMITTER')", partyRows);
        batch("""
                INSERT INTO issue_event (issue_id, occurred_at, actor_name, action, from_state, to_state, note,
                                         old_deadline, new_deadline, agency_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", eventRows);
        batch("""
                INSERT INTO issue_feedback (issue_id, given_at, satisfied, score, comment, on_behalf, recorded_by, association_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", feedbackRows);
        return ids;
    }

    /** Codes numbered per year in the order the issues were received, reserved in one statement per year. */
    private List<String> codesInOrder(List<Generated> issues) {
        Map<Integer, Long> perYear = issues.stream().collect(Collectors.groupingBy(issue -> issue.receivedOn().getYear(),
                LinkedHashMap::new, Collectors.counting()));
        Map<Integer, java.util.Iterator<String>> reserved = new LinkedHashMap<>();
        perYear.forEach((year, count) -> reserved.put(year, codes.nextCodes(year, count.intValue()).iterator()));
        return issues.stream().map(issue -> reserved.get(issue.receivedOn().getYear()).next()).toList();
    }

    private static Object[] issueRow(long id, String code, Generated issue) {
        boolean answered = issue.answeredOn() != null;
        return new Object[] {id, code, issue.title(), issue.content(), issue.channel().name(), issue.dialogueId(),
                issue.fieldId(), issue.state().name(), issue.priority().name(), issue.leadAgencyId(), issue.receivedOn(),
                issue.assignedOn(), issue.deadline(), issue.answeredOn(), issue.closedOn(), issue.answerText(),
                answered ? AnswerKind.WRITTEN.name() : null, answered ? issue.answerDocument() : null,
                answered ? issue.answeredOn() : null, issue.forwardedTo(), issue.forwardedOn(), issue.rejectionReason(),
                issue.reopenCount(), at(issue.receivedOn(), 0)};
    }

    private static Object[] eventRow(long issueId, int step, Event event) {
        return new Object[] {issueId, at(event.day(), 5 * (step + 1)), event.actor(), event.action().name(),
                event.from() == null ? null : event.from().name(), event.to().name(), event.note(), event.oldDeadline(),
                event.newDeadline(), event.agencyId()};
    }

    /** 08:00 in Vietnam on the day, plus the minutes. */
    private static Timestamp at(LocalDate day, int minutes) {
        return Timestamp.from(day.atTime(LocalTime.of(8, 0)).plusMinutes(minutes).atZone(IssueClock.ZONE).toInstant());
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}

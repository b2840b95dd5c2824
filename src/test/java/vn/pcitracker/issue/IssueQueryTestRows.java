package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the query and measure tests, written with SQL against the V30 tables (these tests do not depend on
 * the issue entities). Every code and marker is unique, so tests sharing the database never see each other's
 * rows; nothing shared is changed or deleted.
 */
final class IssueQueryTestRows {

    private final JdbcTemplate jdbc;

    IssueQueryTestRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A word no other row contains, to find a test's own rows by text. */
    static String marker() {
        return "mk" + unique().toLowerCase();
    }

    long field() {
        String code = "T-" + unique();
        return jdbc.queryForObject("""
                INSERT INTO issue_field (code, name_vi, name_en, position, default_deadline_days)
                VALUES (?, ?, ?, 999, 15) RETURNING id""", Long.class, code, "Lĩnh vực " + code, "Field " + code);
    }

    long idOf(String table, String code) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE code = ?", Long.class, code);
    }

    long dialogue(long hostAgencyId) {
        return jdbc.queryForObject("""
                INSERT INTO dialogue_session (kind, title, held_on, host_agency_id)
                VALUES ('MONTHLY', ?, DATE '2099-01-15', ?) RETURNING id""", Long.class, "Đối thoại " + unique(), hostAgencyId);
    }

    /** A DDCI component of a catalogue of its own, moving the given PCI sub-index. */
    long ddciComponent(long pciSubIndexId) {
        long catalogue = jdbc.queryForObject("""
                INSERT INTO ddci_catalogue (code, name_vi, unit_level) VALUES (?, ?, 'DEPARTMENT') RETURNING id""",
                Long.class, "T-" + unique(), "Bộ chỉ số thử nghiệm");
        long component = jdbc.queryForObject("""
                INSERT INTO ddci_component (catalogue_id, code, position, name_vi) VALUES (?, ?, 1, ?) RETURNING id""",
                Long.class, catalogue, "T-" + unique(), "Thành phần thử nghiệm");
        jdbc.update("INSERT INTO ddci_component_pci (component_id, sub_index_id) VALUES (?, ?)", component, pciSubIndexId);
        return component;
    }

    Issue issue(long fieldId, String title) {
        return new Issue(fieldId, title);
    }

    void coordinator(long issueId, long agencyId) {
        jdbc.update("INSERT INTO issue_coordinator (issue_id, agency_id) VALUES (?, ?)", issueId, agencyId);
    }

    void association(long issueId, long associationId) {
        jdbc.update("INSERT INTO issue_party (issue_id, association_id, role) VALUES (?, ?, 'SUBMITTER')", issueId, associationId);
    }

    void ddci(long issueId, long componentId) {
        jdbc.update("INSERT INTO issue_ddci_component (issue_id, component_id) VALUES (?, ?)", issueId, componentId);
    }

    void carriedInto(long issueId, long dialogueId) {
        jdbc.update("INSERT INTO issue_dialogue (issue_id, dialogue_id) VALUES (?, ?)", issueId, dialogueId);
    }

    /** Feedback given at the start of {@code day} plus {@code minute} minutes (UTC), recorded by the demo admin. */
    void feedback(long issueId, boolean satisfied, LocalDate day, int minute) {
        jdbc.update("""
                INSERT INTO issue_feedback (issue_id, given_at, satisfied, score, recorded_by)
                VALUES (?, (?::date)::timestamp AT TIME ZONE 'UTC' + make_interval(mins => ?), ?, ?,
                        (SELECT id FROM user_account WHERE username = 'admin'))""",
                issueId, day, minute, satisfied, satisfied ? 5 : 1);
    }

    /** A timeline entry at noon (Vietnam) of {@code day}, moving the issue to {@code toState}. */
    void event(long issueId, IssueAction action, IssueState toState, LocalDate day) {
        jdbc.update("""
                INSERT INTO issue_event (issue_id, occurred_at, actor_name, action, to_state)
                VALUES (?, (?::date + time '12:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'Kiểm thử', ?, ?)""",
                issueId, day, action.name(), toState.name());
    }

    /** An issue row with sensible defaults: received, normal priority, by hotline, received 2099-01-10. */
    final class Issue {
        private final long fieldId;
        private final String title;
        private String content = "Nội dung kiến nghị";
        private IssueState state = IssueState.RECEIVED;
        private IssuePriority priority = IssuePriority.NORMAL;
        private IssueChannel channel = IssueChannel.HOTLINE;
        private Long leadAgencyId;
        private Long dialogueId;
        private LocalDate receivedOn = LocalDate.of(2099, 1, 10);
        private LocalDate assignedOn;
        private LocalDate deadline;
        private LocalDate answeredOn;
        private LocalDate forwardedOn;
        private LocalDate closedOn;
        private boolean isPublic;
        private int reopenCount;

        private Issue(long fieldId, String title) {
            this.fieldId = fieldId;
            this.title = title;
        }

        Issue content(String value) { content = value; return this; }
        Issue state(IssueState value) { state = value; return this; }
        Issue priority(IssuePriority value) { priority = value; return this; }
        Issue channel(IssueChannel value) { channel = value; return this; }
        Issue lead(long agencyId) { leadAgencyId = agencyId; return this; }
        Issue dialogue(long id) { dialogueId = id; return this; }
        Issue received(LocalDate value) { receivedOn = value; return this; }
        Issue assigned(LocalDate value) { assignedOn = value; return this; }
        Issue deadline(LocalDate value) { deadline = value; return this; }
        Issue answered(LocalDate value) { answeredOn = value; return this; }
        Issue forwarded(LocalDate value) { forwardedOn = value; return this; }
        Issue closed(LocalDate value) { closedOn = value; return this; }
        Issue publicly() { isPublic = true; return this; }
        Issue reopened(int times) { reopenCount = times; return this; }

        long insert() {
            return jdbc.queryForObject("""
                    INSERT INTO issue (code, title, content, channel, dialogue_id, field_id, state, priority,
                                       lead_agency_id, received_on, assigned_on, deadline, answered_on, is_public,
                                       reopen_count, forwarded_on, closed_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                    "KN-2099-" + unique(), title, content, channel.name(), dialogueId, fieldId, state.name(),
                    priority.name(), leadAgencyId, receivedOn, assignedOn, deadline, answeredOn, isPublic, reopenCount,
                    forwardedOn, closedOn);
        }
    }
}

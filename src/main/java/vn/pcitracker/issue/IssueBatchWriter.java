package vn.pcitracker.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueAccess.Me;
import vn.pcitracker.issue.domain.IssueCodeCounter;
import vn.pcitracker.issue.domain.IssuePartyLink;
import vn.pcitracker.shared.importing.ImportProgress;

/**
 * Logs many new recommendations at once with batched JDBC, as {@link IssueService#create} logs one: the code from
 * the per-year counter (reserved in one statement per year, numbered in the order given), the parties, DDCI
 * components and dialogue session, the timeline's "received" step and, for those given to an agency, its
 * "assigned" step; then what {@link IssueNews} publishes for those steps. Runs inside the caller's transaction.
 */
@Component
class IssueBatchWriter {

    static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final IssueCodeCounter codes;
    private final IssueNews news;

    IssueBatchWriter(JdbcTemplate jdbc, IssueCodeCounter codes, IssueNews news) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.news = news;
    }

    /**
     * A recommendation to log, its parties already ordered and given their roles by {@link IssueIntakeRules}; with a
     * lead agency, {@code state} is where {@link IssueWorkflow} takes a received issue on its assignment.
     */
    record NewRow(ImportedIssue issue, List<IssuePartyLink> parties, IssueState state) {

        boolean assigned() {
            return issue.leadAgencyId() != null;
        }
    }

    /** A logged recommendation. */
    record Written(long id, String code, String title) {
    }

    /**
     * @param now      when they are logged (and assigned), {@code today} its day in the province
     * @param progress told after each batch of recommendations: (written, all)
     */
    List<Written> write(List<NewRow> rows, Me me, Instant now, LocalDate today, ImportProgress progress) {
        List<Long> ids = jdbc.queryForList("SELECT nextval(pg_get_serial_sequence('issue', 'id'))"
                + " FROM generate_series(1, ?)", Long.class, rows.size());
        List<String> issueCodes = codesInOrder(rows);
        List<Written> written = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            IssueRows batch = new IssueRows(me, Timestamp.from(now), today);
            for (int n = from; n < to; n++) {
                batch.add(ids.get(n), issueCodes.get(n), rows.get(n));
                written.add(new Written(ids.get(n), issueCodes.get(n), rows.get(n).issue().title()));
            }
            batch.insert(jdbc);
            progress.rowsDone(to, rows.size());
        }
        for (int n = 0; n < rows.size(); n++) {
            publish(ids.get(n), issueCodes.get(n), rows.get(n));
        }
        return written;
    }

    private void publish(long id, String code, NewRow row) {
        ImportedIssue issue = row.issue();
        Long submitterAssociation = row.parties().stream().filter(IssuePartyLink::isSubmitter)
                .map(IssuePartyLink::getAssociationId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        news.recordedInBulk(id, code, issue.title(), IssueAction.CREATE, issue.channel(), submitterAssociation, null, null);
        if (row.assigned()) {
            news.recordedInBulk(id, code, issue.title(), IssueAction.ASSIGN, issue.channel(), submitterAssociation,
                    issue.leadAgencyId(), issue.deadline());
        }
    }

    /** Codes numbered per year of receipt in the order given, reserved in one statement per year. */
    private List<String> codesInOrder(List<NewRow> rows) {
        Map<Integer, Long> perYear = rows.stream().collect(Collectors.groupingBy(
                row -> row.issue().receivedOn().getYear(), Collectors.counting()));
        Map<Integer, Iterator<String>> reserved = new HashMap<>();
        perYear.forEach((year, count) -> reserved.put(year, codes.nextCodes(year, count.intValue()).iterator()));
        return rows.stream().map(row -> reserved.get(row.issue().receivedOn().getYear()).next()).toList();
    }

    /** The rows of every table for one batch of recommendations. */
    private static final class IssueRows {

        private final List<Object[]> issues = new ArrayList<>();
        private final List<Object[]> parties = new ArrayList<>();
        private final List<Object[]> components = new ArrayList<>();
        private final List<Object[]> dialogues = new ArrayList<>();
        private final List<Object[]> events = new ArrayList<>();
        private final Me me;
        private final Timestamp at;
        private final LocalDate today;

        IssueRows(Me me, Timestamp at, LocalDate today) {
            this.me = me;
            this.at = at;
            this.today = today;
        }

        void add(long id, String code, NewRow row) {
            ImportedIssue issue = row.issue();
            boolean assigned = row.assigned();
            issues.add(new Object[] {id, code, issue.title(), issue.content(), issue.channel().name(), issue.dialogueId(),
                    issue.fieldId(), row.state().name(), issue.priority().name(), issue.leadAgencyId(),
                    issue.receivedOn(), assigned ? today : null,
                    issue.deadline(), issue.isPublic(), at});
            row.parties().forEach(party -> parties.add(new Object[] {id, party.getEnterpriseId(), party.getAssociationId(),
                    party.getRole().name()}));
            issue.ddciComponentIds().forEach(component -> components.add(new Object[] {id, component}));
            if (issue.dialogueId() != null) {
                dialogues.add(new Object[] {id, issue.dialogueId(), at});
            }
            events.add(new Object[] {id, at, me.accountId(), actor(), IssueAction.CREATE.name(), null,
                    IssueState.RECEIVED.name(), null, null});
            if (assigned) {
                events.add(new Object[] {id, at, me.accountId(), actor(), IssueAction.ASSIGN.name(),
                        IssueState.RECEIVED.name(), row.state().name(), issue.deadline(), issue.leadAgencyId()});
            }
        }

        void insert(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    INSERT INTO issue (id, code, title, content, channel, dialogue_id, field_id, state, priority,
                                       lead_agency_id, received_on, assigned_on, deadline, is_public, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", issues);
            jdbc.batchUpdate("INSERT INTO issue_party (issue_id, enterprise_id, association_id, role) VALUES (?, ?, ?, ?)",
                    parties);
            jdbc.batchUpdate("INSERT INTO issue_ddci_component (issue_id, component_id) VALUES (?, ?)", components);
            jdbc.batchUpdate("INSERT INTO issue_dialogue (issue_id, dialogue_id, carried_at) VALUES (?, ?, ?)", dialogues);
            jdbc.batchUpdate("""
                    INSERT INTO issue_event (issue_id, occurred_at, actor_account_id, actor_name, action, from_state,
                                             to_state, new_deadline, agency_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", events);
        }

        private String actor() {
            String name = me.name();
            int max = vn.pcitracker.issue.domain.IssueEvent.ACTOR_NAME_MAX;
            return name.length() > max ? name.substring(0, max) : name;
        }
    }
}

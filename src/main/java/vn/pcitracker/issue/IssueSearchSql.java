package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.pcitracker.shared.SearchText;

/**
 * The one WHERE clause behind an inbox page and its count: who may see what, then the filters, all with bound
 * parameters (user input never becomes SQL text). Written for a million issues: the text search uses the
 * trigram index on {@code search_text(...)}, and every order has a matching index (V30, V36) so that a page
 * is read without sorting the table.
 */
final class IssueSearchSql {

    /** Deep pages are refused: OFFSET reads and throws away every skipped row. {@link #after} pages by key instead. */
    static final int MAX_OFFSET = 100_000;
    static final int MAX_LIMIT = 1_000;

    static final String AWAITING_ANSWER = "i.state IN ('ASSIGNED', 'IN_PROGRESS', 'REOPENED')";
    /** Open now: {@link IssueState#OPEN}. */
    static final String OPEN = "i.state IN ('RECEIVED', 'CLASSIFIED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')";
    /**
     * Accountable in a period under Decision 766: answered in it, or awaiting an answer whose deadline fell in it and
     * has passed by {@code :today}. The two placeholders are the names of the period's bound parameters.
     */
    static String accountableIn(String from, String to) {
        return ("(i.answered_on BETWEEN %1$s AND %2$s OR (i.answered_on IS NULL AND " + AWAITING_ANSWER
                + " AND i.deadline BETWEEN %1$s AND %2$s AND i.deadline < :today))").formatted(from, to);
    }

    /** Awaiting an answer past the deadline on {@code :today}: the one definition of "overdue now". */
    static final String OVERDUE_NOW = "(" + AWAITING_ANSWER + " AND i.deadline IS NOT NULL AND i.deadline < :today)";

    /** Whose issues a user may see; see {@link IssueQueryService}. */
    record Visibility(Scope scope, Long id) {

        enum Scope { ALL, NONE, AGENCY, ASSOCIATION }

        static Visibility all() {
            return new Visibility(Scope.ALL, null);
        }

        static Visibility none() {
            return new Visibility(Scope.NONE, null);
        }

        static Visibility agency(Long agencyId) {
            return agencyId == null ? none() : new Visibility(Scope.AGENCY, agencyId);
        }

        static Visibility association(Long associationId) {
            return associationId == null ? none() : new Visibility(Scope.ASSOCIATION, associationId);
        }
    }

    private final List<String> conditions = new ArrayList<>();
    /** The parameter of the first "lead or coordinator" condition, which {@link #countSql()} splits; or null. */
    private String splitAgency;
    /** The agency whose issues are all the user may see, or null. */
    private Long visibleAgency;
    /** Received on or after a day: the rows are recent ones, see {@link #firstRowsSql}. */
    private boolean receivedFrom;
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    IssueSearchSql(Visibility visibility, IssueFilter filter, LocalDate today) {
        Objects.requireNonNull(visibility, "visibility");
        visible(visibility);
        if (filter != null) {
            filter(filter, today);
        }
    }

    /** Only issues with a timeline entry at or after the instant; null changes nothing. */
    IssueSearchSql updatedSince(java.time.Instant since) {
        if (since != null) {
            conditions.add("EXISTS (SELECT 1 FROM issue_event e WHERE e.issue_id = i.id AND e.occurred_at >= :updatedSince)");
            parameters.addValue("updatedSince", java.sql.Timestamp.from(since));
        }
        return this;
    }

    /** Only these issues (a page of an export), still within what the user may see. */
    IssueSearchSql onlyIds(java.util.Collection<Long> ids) {
        conditions.add("i.id IN (:ids)");
        parameters.addValue("ids", ids);
        return this;
    }

    /** The WHERE clause, with its leading space, for queries that read other columns than a page's. */
    String whereClause() {
        return where();
    }

    boolean seesNothing() {
        return conditions.contains("false");
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    /**
     * The count. An agency's issues (it leads or coordinates them: the agency officer's inbox, the agency filter) are
     * counted as two disjoint counts added: those it leads, read from the index on the lead agency (index-only when
     * nothing else needs the row), and those it only coordinates, read from the coordinator table. The one OR of both
     * made PostgreSQL read the whole table: measured on a million issues, 1.2 s for one agency against 11 ms. A page
     * is split the same way ({@link #rowsSql}): the first rows of each part, merged. Measured on a million issues
     * for one of the largest agencies, its open issues by deadline took 220-240 ms as one OR and 18-20 ms split, a
     * word searched in its issues 190-380 ms and 30-56 ms; under the load test the OR form took 1.3 s a page.
     */
    String countSql() {
        if (splitAgency == null) {
            return "SELECT count(*) FROM issue i" + where();
        }
        return "SELECT (SELECT count(*) FROM issue i" + where(leads(splitAgency)) + ")"
                + " + (SELECT count(*) FROM issue i" + where(onlyCoordinates(splitAgency)) + ")";
    }

    String pageSql(IssueSort sort, int offset, int limit) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", was " + offset
                    + ": narrow the filter instead of paging this deep");
        }
        parameters.addValue("offset", offset);
        return rowsSql(sort, limit, offset) + " OFFSET :offset";
    }

    /**
     * The first {@code limit} rows in the order of {@code sort}; after {@link #after} the first rows past a given
     * one, which is keyset paging: no OFFSET, so any depth costs what the first page does.
     */
    String firstRowsSql(IssueSort sort, int limit) {
        return rowsSql(sort, limit, 0);
    }

    private String rowsSql(IssueSort sort, int limit, int offset) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        parameters.addValue("limit", limit);
        String order = " ORDER BY " + (sortsMatches(sort) ? sortedAfterFilter(sort) : orderBy(sort));
        if (splitAgency == null) {
            return PAGE_COLUMNS + where() + order + " LIMIT :limit";
        }
        parameters.addValue("branchLimit", limit + offset);
        return "SELECT * FROM ((" + PAGE_COLUMNS + where(leads(splitAgency)) + order + " LIMIT :branchLimit)"
                + " UNION ALL (" + PAGE_COLUMNS + where(onlyCoordinates(splitAgency)) + order + " LIMIT :branchLimit)) i"
                + order + " LIMIT :limit";
    }

    private static final String PAGE_COLUMNS = """
            SELECT i.id, i.code, i.title, i.state, i.priority, i.field_id, i.lead_agency_id, i.channel,
                   i.received_on, i.deadline, i.answered_on
            FROM issue i""";

    /**
     * Deadlines follow the received date, so the issues received since a day have the latest deadlines: walking
     * the deadline index from the soonest (what PostgreSQL chooses, expecting matches spread evenly) reads nearly the
     * whole index before it finds them. Measured on a million issues: the first page of the last 90 days by deadline
     * took 1.5-3.4 s by the index and 28 ms by sorting the matches; the last year 3 s and 140 ms. The price: a
     * "from" ten years back sorts everything (1.3 s instead of 70 ms), a rare filter.
     */
    private boolean sortsMatches(IssueSort sort) {
        return receivedFrom && sort == IssueSort.DEADLINE_SOONEST;
    }

    /** The same order as {@link #orderBy}, written so that no index serves it: the matching rows are sorted. */
    private static String sortedAfterFilter(IssueSort sort) {
        return switch (sort) {
            case DEADLINE_SOONEST -> "(" + DEADLINE_KEY + " + 0) ASC, i.id ASC";
            default -> orderBy(sort);
        };
    }

    /** Only the rows that come after {@code last} in the order of {@code sort} ({@link IssueKeyset}); null: all. */
    IssueSearchSql after(IssueSort sort, IssueListItem last) {
        if (last != null && !seesNothing()) {
            conditions.add(IssueKeyset.after(sort == null ? IssueSort.NEWEST : sort, last, parameters));
        }
        return this;
    }

    /** The deadline as a sort key, undated last (V180 indexes it): the order "deadline ASC NULLS LAST" as one key. */
    static final String DEADLINE_KEY = "coalesce(i.deadline, 'infinity'::date)";

    /** Each order ends with the id; {@link IssueKeyset} states the same orders as "comes after" conditions. */
    static String orderBy(IssueSort sort) {
        return switch (sort == null ? IssueSort.NEWEST : sort) {
            case NEWEST -> "i.received_on DESC, i.id DESC";
            case OLDEST -> "i.received_on ASC, i.id ASC";
            case DEADLINE_SOONEST -> DEADLINE_KEY + " ASC, i.id ASC";
            case CODE -> "i.code ASC, i.id ASC";
            case TITLE -> "i.title ASC, i.id ASC";
            case STATE -> "issue_state_rank(i.state) ASC, i.id ASC";
            case PRIORITY -> "issue_priority_rank(i.priority) ASC, i.id ASC";
        };
    }

    /** The user's text as a LIKE pattern that matches it literally: {@code %}, {@code _} and {@code \} escaped. */
    static String likeLiteral(String text) {
        return SearchText.containsPattern(text);
    }

    /**
     * Measured on 300,000 issues (2 busy cores): with this form a page for one agency took 30-70 ms and its
     * count 0.2 s (one scan with a hashed sub-plan); {@code id IN (... UNION ...)} took 0.4 s for either.
     */
    private static String leadOrCoordinator(String parameter) {
        return "(i.lead_agency_id = :" + parameter + " OR EXISTS (SELECT 1 FROM issue_coordinator c"
                + " WHERE c.issue_id = i.id AND c.agency_id = :" + parameter + "))";
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The WHERE clause with the split "leads or coordinates" condition replaced by {@code part}. */
    private String where(String part) {
        return where().replace(leadOrCoordinator(splitAgency), part);
    }

    private static String leads(String parameter) {
        return "i.lead_agency_id = :" + parameter;
    }

    private static String onlyCoordinates(String parameter) {
        return "(i.lead_agency_id IS DISTINCT FROM :" + parameter + " AND EXISTS (SELECT 1 FROM"
                + " issue_coordinator c WHERE c.issue_id = i.id AND c.agency_id = :" + parameter + "))";
    }

    private void visible(Visibility visibility) {
        switch (visibility.scope()) {
            case ALL -> { }
            case NONE -> conditions.add("false");
            case AGENCY -> {
                conditions.add(leadOrCoordinator("visibleAgency"));
                splitAgency = "visibleAgency";
                visibleAgency = visibility.id();
                parameters.addValue("visibleAgency", visibility.id());
            }
            case ASSOCIATION -> {
                conditions.add("(i.is_public OR i.id IN (SELECT p.issue_id FROM issue_party p"
                        + " WHERE p.association_id = :visibleAssociation))");
                parameters.addValue("visibleAssociation", visibility.id());
            }
        }
    }

    /** A condition with its one parameter, when the value is set. */
    private void bound(Object value, String condition, String parameter) {
        if (value != null) {
            conditions.add(condition);
            parameters.addValue(parameter, value);
        }
    }

    private void filter(IssueFilter filter, LocalDate today) {
        if (IssueFilter.appliesText(filter.text())) {
            conditions.add("search_text(i.code || ' ' || i.title || ' ' || i.content)"
                    + " LIKE '%' || search_text(:text) || '%'");
            parameters.addValue("text", likeLiteral(filter.text().strip()));
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            conditions.add("i.state IN (:states)");
            parameters.addValue("states", filter.states().stream().map(Enum::name).sorted().toList());
        }
        // An agency officer's own agency as the filter: the visibility rule already says it.
        boolean visibleAlreadySays = filter.agencyId() != null && filter.agencyId().equals(visibleAgency)
                && !filter.leadAgencyOnly();
        if (filter.agencyId() != null && !visibleAlreadySays) {
            conditions.add(filter.leadAgencyOnly() ? "i.lead_agency_id = :agency" : leadOrCoordinator("agency"));
            if (!filter.leadAgencyOnly() && splitAgency == null) {
                splitAgency = "agency";
            }
            parameters.addValue("agency", filter.agencyId());
        }
        if (filter.fieldId() != null) {
            conditions.add("i.field_id = :field");
            parameters.addValue("field", filter.fieldId());
        }
        if (filter.ddciComponentId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM issue_ddci_component d"
                    + " WHERE d.issue_id = i.id AND d.component_id = :ddci)");
            parameters.addValue("ddci", filter.ddciComponentId());
        }
        if (filter.pciSubIndexCode() != null && !filter.pciSubIndexCode().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM issue_ddci_component d"
                    + " JOIN ddci_component_pci m ON m.component_id = d.component_id"
                    + " JOIN pci_sub_index s ON s.id = m.sub_index_id"
                    + " WHERE d.issue_id = i.id AND s.code = :pci)");
            parameters.addValue("pci", filter.pciSubIndexCode().strip());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? OVERDUE_NOW : "NOT " + OVERDUE_NOW);
            parameters.addValue("today", today);
        }
        bound(filter.from(), "i.received_on >= :from", "from");
        receivedFrom = filter.from() != null;
        bound(filter.to(), "i.received_on <= :to", "to");
        bound(filter.answeredFrom(), "i.answered_on >= :answeredFrom", "answeredFrom");
        bound(filter.answeredTo(), "i.answered_on <= :answeredTo", "answeredTo");
        if (filter.accountableFrom() != null && filter.accountableTo() != null) {
            conditions.add(accountableIn(":accountableFrom", ":accountableTo"));
            parameters.addValue("accountableFrom", filter.accountableFrom()).addValue("accountableTo", filter.accountableTo())
                    .addValue("today", today);
        }
        if (filter.channel() != null) {
            conditions.add("i.channel = :channel");
            parameters.addValue("channel", filter.channel().name());
        }
        if (filter.dialogueId() != null) {
            // Raised there, or carried over into it.
            conditions.add("(i.dialogue_id = :dialogue OR EXISTS (SELECT 1 FROM issue_dialogue g"
                    + " WHERE g.issue_id = i.id AND g.dialogue_id = :dialogue))");
            parameters.addValue("dialogue", filter.dialogueId());
        }
    }
}

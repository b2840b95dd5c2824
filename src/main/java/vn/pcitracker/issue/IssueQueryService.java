package vn.pcitracker.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.IssueSearchSql.Visibility;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.PagedRows;

/**
 * The inboxes: a page of issues the current user may see, matching a filter, in a chosen order, fetched from
 * the database page by page (never all rows), and the count for the same filter; both run the same SQL
 * ({@link IssueSearchSql}). Who sees what: investment officers, leaders and administrators everything; an
 * agency officer the issues their agency leads or coordinates; an association representative the issues their
 * association submitted or backs, plus public ones; nobody else anything.
 */
@Service
public class IssueQueryService {

    /** The largest page {@link #search(IssueFilter, IssueSort, int, int)} returns. */
    public static final int MAX_PAGE_SIZE = IssueSearchSql.MAX_LIMIT;

    /** The deepest offset {@link #search(IssueFilter, IssueSort, int, int)} accepts. */
    public static final int MAX_OFFSET = IssueSearchSql.MAX_OFFSET;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final WorkingDayCalendar calendar;
    private final IssueClock today;
    private final TransactionTemplate readOnly;

    IssueQueryService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, WorkingDayCalendar calendar,
                      IssueClock today, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.today = today;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One page in the order asked for; every order ends with the id, so pages never overlap. Each row carries
     * the working days left until its deadline (only while an answer is awaited) and whether it is overdue
     * (awaiting an answer past the deadline, or answered after it). The overdue FILTER keeps only the first
     * kind, as {@link IssueFilter} says.
     *
     * @param offset rows to skip, at most {@value IssueSearchSql#MAX_OFFSET}: deeper pages are refused with an
     *               {@link IllegalArgumentException}, because OFFSET reads every skipped row (narrow the filter)
     * @param limit  rows wanted, at most {@value IssueSearchSql#MAX_LIMIT}
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<IssueListItem> search(IssueFilter filter, IssueSort sort, int offset, int limit) {
        LocalDate day = today.today();
        IssueSearchSql sql = new IssueSearchSql(visibility(), filter, day);
        String page = sql.pageSql(sort, offset, limit);
        if (sql.seesNothing() || limit == 0) {
            return List.of();
        }
        return jdbc.query(page, sql.parameters(), (rs, row) -> item(rs, day));
    }

    /**
     * Like {@link #search(IssueFilter, IssueSort, int, int)}, but counted from a row read before: the rows that come
     * after {@code after} in the order of {@code sort} (keyset paging, {@link IssueKeyset}), skipping {@code offset}
     * of them. With {@code after} null this is the plain page. A grid that remembers the last row of each page it
     * read asks for the next page with offset 0, which costs what the first page does at any depth; a jump lands
     * near a remembered row and skips only the rows between. The row is a key, not a permission: what the user may
     * see is settled here as for every page.
     *
     * @param after  a row of an earlier page in the same order (only its sort key and id are read), or null
     * @param offset rows to skip after it, at most {@value IssueSearchSql#MAX_OFFSET}
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<IssueListItem> search(IssueFilter filter, IssueSort sort, IssueListItem after, int offset, int limit) {
        LocalDate day = today.today();
        IssueSearchSql sql = new IssueSearchSql(visibility(), filter, day).after(sort, after);
        String page = sql.pageSql(sort, offset, limit);
        if (sql.seesNothing() || limit == 0) {
            return List.of();
        }
        return jdbc.query(page, sql.parameters(), (rs, row) -> item(rs, day));
    }

    /**
     * Every issue the current user may see under the filter, in the order asked for, with no limit: the rows
     * {@link #search} pages through, in the same order, but read {@code pageSize} at a time after the last row
     * read (keyset paging, {@link IssueKeyset}) instead of by OFFSET, and only as the stream is consumed, so at
     * most one page is held. Who the user is, what they may see and today's date are settled by this call; each
     * page is then read in a read-only transaction of its own, so a slow consumer (a download) holds no
     * connection between pages. Exports use it.
     *
     * @param pageSize rows per read, at most {@value IssueSearchSql#MAX_LIMIT}
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Stream<IssueListItem> stream(IssueFilter filter, IssueSort sort, int pageSize) {
        if (pageSize <= 0 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        Visibility visibility = visibility();
        LocalDate day = today.today();
        return PagedRows.after(pageSize, (last, limit) -> readOnly.execute(status -> {
            IssueSearchSql sql = new IssueSearchSql(visibility, filter, day).after(sort, last);
            String rows = sql.firstRowsSql(sort, limit);
            return sql.seesNothing() ? List.<IssueListItem>of() : jdbc.query(rows, sql.parameters(), (rs, row) -> item(rs, day));
        }));
    }

    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long count(IssueFilter filter) {
        IssueSearchSql sql = new IssueSearchSql(visibility(), filter, today.today());
        if (sql.seesNothing()) {
            return 0;
        }
        Long count = jdbc.queryForObject(sql.countSql(), sql.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /** Roles that see every issue, and so may ask for a narrower {@link IssueAudience}'s view. */
    static final String SEES_EVERYTHING = "hasAnyRole('ADMIN','INVESTMENT_OFFICER','LEADER')";

    /**
     * Like {@link #search}, but what {@code audience} may see rather than the caller, and optionally only issues
     * with a timeline entry at or after {@code updatedSince} (for partner systems that synchronise).
     */
    @PreAuthorize(SEES_EVERYTHING)
    @Transactional(readOnly = true)
    public List<IssueListItem> search(IssueAudience audience, IssueFilter filter, Instant updatedSince, IssueSort sort,
                                      int offset, int limit) {
        LocalDate day = today.today();
        IssueSearchSql sql = new IssueSearchSql(audience.visibility(), filter, day).updatedSince(updatedSince);
        String page = sql.pageSql(sort, offset, limit);
        if (sql.seesNothing() || limit == 0) {
            return List.of();
        }
        return jdbc.query(page, sql.parameters(), (rs, row) -> item(rs, day));
    }

    @PreAuthorize(SEES_EVERYTHING)
    @Transactional(readOnly = true)
    public long count(IssueAudience audience, IssueFilter filter, Instant updatedSince) {
        IssueSearchSql sql = new IssueSearchSql(audience.visibility(), filter, today.today()).updatedSince(updatedSince);
        if (sql.seesNothing()) {
            return 0;
        }
        Long count = jdbc.queryForObject(sql.countSql(), sql.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The filter as URL query parameters (only what is set), and back; unknown or malformed values are ignored.
     * Names: see {@link IssueFilterParameters}. Pure, so no transaction is started.
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, List<String>> toQueryParameters(IssueFilter filter) {
        return IssueFilterParameters.write(filter);
    }

    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(propagation = Propagation.SUPPORTS)
    public IssueFilter fromQueryParameters(Map<String, List<String>> parameters) {
        return IssueFilterParameters.read(parameters);
    }

    /**
     * The export's extra columns for the given issues (a page of {@link #search}), leaving out any the user may not
     * see; keyed by id.
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Map<Long, IssueExportDetails> exportDetails(Collection<Long> ids) {
        IssueSearchSql sql = new IssueSearchSql(visibility(), null, today.today()).onlyIds(ids);
        if (ids.isEmpty() || sql.seesNothing()) {
            return Map.of();
        }
        Map<Long, IssueExportDetails> details = new HashMap<>();
        jdbc.query("""
                SELECT i.id, i.content, i.is_public,
                       ARRAY(SELECT p.enterprise_id FROM issue_party p WHERE p.issue_id = i.id
                             AND p.enterprise_id IS NOT NULL ORDER BY p.role DESC, p.id) AS firms,
                       ARRAY(SELECT p.association_id FROM issue_party p WHERE p.issue_id = i.id
                             AND p.association_id IS NOT NULL ORDER BY p.role DESC, p.id) AS associations,
                       ARRAY(SELECT d.component_id FROM issue_ddci_component d WHERE d.issue_id = i.id) AS ddci
                FROM issue i""" + sql.whereClause(), sql.parameters(), (ResultSet rs) -> {
            long id = rs.getLong("id");
            details.put(id, new IssueExportDetails(id, rs.getString("content"), longs(rs, "firms"),
                    longs(rs, "associations"), Set.copyOf(longs(rs, "ddci")), rs.getBoolean("is_public")));
        });
        return details;
    }

    private static List<Long> longs(ResultSet rs, String column) throws SQLException {
        return List.of((Long[]) rs.getArray(column).getArray());
    }

    private Visibility visibility() {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isPresent()) {
            return switch (user.get().role()) {
                case ADMIN, INVESTMENT_OFFICER, LEADER -> Visibility.all();
                case AGENCY_OFFICER -> Visibility.agency(user.get().agencyId());
                case ASSOCIATION_REP -> Visibility.association(user.get().associationId());
            };
        }
        // The system (start-up jobs) and test principals carry roles but no account: only the roles that see
        // everything anyway are honoured; an agency or association role without its organisation sees nothing.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean seesAll = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.INVESTMENT_OFFICER.authority())
                        || a.equals(Role.LEADER.authority()));
        return seesAll ? Visibility.all() : Visibility.none();
    }

    private IssueListItem item(ResultSet rs, LocalDate day) throws SQLException {
        IssueState state = IssueState.valueOf(rs.getString("state"));
        LocalDate deadline = date(rs, "deadline");
        LocalDate answeredOn = date(rs, "answered_on");
        boolean awaiting = state.awaitingAnswer() && deadline != null;
        Integer daysLeft = awaiting ? calendar.workingDaysBetween(day, deadline) : null;
        boolean overdue = (awaiting && deadline.isBefore(day))
                || (answeredOn != null && deadline != null && answeredOn.isAfter(deadline));
        Long leadAgency = rs.getObject("lead_agency_id", Long.class);
        return new IssueListItem(rs.getLong("id"), rs.getString("code"), rs.getString("title"), state,
                IssuePriority.valueOf(rs.getString("priority")), rs.getLong("field_id"),
                leadAgency, IssueChannel.valueOf(rs.getString("channel")),
                date(rs, "received_on"), deadline, daysLeft, overdue);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

package vn.pcitracker.issue;

import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.pcitracker.issue.IssueSearchSql.Visibility;

/**
 * For benchmarks in other packages: the very statements {@link IssueQueryService} issues (built by the package's
 * {@link IssueSearchSql}), with their parameters, so that they can be run over bare JDBC as a floor.
 */
public final class IssueSearchSqlProbe {

    /** A statement and its bound parameters. */
    public record Statement(String sql, MapSqlParameterSource parameters) {
    }

    private IssueSearchSqlProbe() {
    }

    /** Whose rows: every issue (null), or an agency officer's (the agency's id). */
    private static Visibility visibility(Long agencyOfficer) {
        return agencyOfficer == null ? Visibility.all() : Visibility.agency(agencyOfficer);
    }

    /** Today as the service sees it. */
    public static LocalDate today(org.springframework.context.ApplicationContext context) {
        return context.getBean(IssueClock.class).today();
    }

    public static Statement page(Long agencyOfficer, IssueFilter filter, IssueSort sort, LocalDate today,
                                 IssueListItem after, int offset, int limit) {
        IssueSearchSql sql = new IssueSearchSql(visibility(agencyOfficer), filter, today).after(sort, after);
        String text = sql.pageSql(sort, offset, limit);
        return new Statement(text, sql.parameters());
    }

    public static Statement count(Long agencyOfficer, IssueFilter filter, LocalDate today) {
        IssueSearchSql sql = new IssueSearchSql(visibility(agencyOfficer), filter, today);
        return new Statement(sql.countSql(), sql.parameters());
    }
}

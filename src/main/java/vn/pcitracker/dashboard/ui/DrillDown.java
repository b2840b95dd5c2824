package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueState;

/**
 * Where a click on a figure leads: the list of exactly the records it counts. Recommendation filters are built only
 * through {@link IssueFilter}'s withers and written as URL parameters by the issue module itself, so the dashboard
 * cannot drift from the inbox's parameter names.
 */
final class DrillDown {

    static final String ISSUES = "issues";
    static final String BOTTLENECKS = "bottlenecks";

    private final IssueQueryService issueQueries;
    private final FigureScope scope;

    DrillDown(IssueQueryService issueQueries, FigureScope scope) {
        this.issueQueries = issueQueries;
        this.scope = scope;
    }

    FigureScope scope() {
        return scope;
    }

    /** The scope's agency as lead agency, if any (figures count an issue for its lead agency only): the base of every filter. */
    IssueFilter issues() {
        return IssueFilter.none().withLeadAgency(scope.agencyId());
    }

    /**
     * Recommendations open now that were received by the end of the period: what the "open" figures count (the
     * inbox shows today's state, so for a period in the past this is what is still open of what had come in).
     */
    IssueFilter openOnScopeEnd() {
        IssueFilter open = issues().withStates(IssueState.OPEN);
        return scope.to().isBefore(DashboardPeriod.today()) ? open.withReceived(null, scope.to()) : open;
    }

    /** Recommendations received in the period. */
    IssueFilter received() {
        return issues().withReceived(scope.from(), scope.to());
    }

    /** Received in the part of {@code [from, to]} that lies in the period. */
    IssueFilter received(LocalDate from, LocalDate to) {
        return issues().withReceived(later(from, scope.from()), earlier(to, scope.to()));
    }

    /** Answered in the part of {@code [from, to]} that lies in the period. */
    IssueFilter answered(LocalDate from, LocalDate to) {
        return issues().withAnswered(later(from, scope.from()), earlier(to, scope.to()));
    }

    String issuesUrl(IssueFilter filter) {
        return url(ISSUES, issueQueries.toQueryParameters(filter));
    }

    void open(IssueFilter filter) {
        UI.getCurrent().navigate(ISSUES, new QueryParameters(issueQueries.toQueryParameters(filter)));
    }

    /** The bottleneck register narrowed to an agency (concerned or owner of the fix), as its own URL names it. */
    void openBottlenecks(Long agencyId) {
        UI.getCurrent().navigate(BOTTLENECKS, agencyId == null ? QueryParameters.empty()
                : new QueryParameters(Map.of("agency", List.of(agencyId.toString()))));
    }

    void openCommitment(long id) {
        UI.getCurrent().navigate("commitments/" + id);
    }

    private static String url(String route, Map<String, List<String>> parameters) {
        String query = new QueryParameters(parameters).getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package vn.pcitracker.issue;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The inboxes: a page of issues the current user may see, matching a filter, in a chosen order, fetched from
 * the database page by page (never all rows), and the count for the same filter. CONTRACT PLACEHOLDER
 * (issue3-base branch only).
 */
@Service
public class IssueQueryService {

    public List<IssueListItem> search(IssueFilter filter, IssueSort sort, int offset, int limit) { throw new UnsupportedOperationException(); }
    public long count(IssueFilter filter) { throw new UnsupportedOperationException(); }
    /** The filter as URL query parameters (only what is set), and back; unknown or malformed values are ignored. */
    public Map<String, List<String>> toQueryParameters(IssueFilter filter) { throw new UnsupportedOperationException(); }
    public IssueFilter fromQueryParameters(Map<String, List<String>> parameters) { throw new UnsupportedOperationException(); }
}

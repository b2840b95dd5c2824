package vn.pcitracker.issue.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.pcitracker.issue.IssueExportDetails;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;

/**
 * An inbox row with what the export adds for the import ({@link IssueExportDetails}) and its firms. Read a page at a
 * time beside the inbox's own pages: one query for the details and one for the firms per page.
 */
record IssueExportRows(IssueListItem item, IssueExportDetails details, List<EnterpriseSummary> firms) {

    static final int PAGE = IssueQueryService.MAX_PAGE_SIZE;

    /** The rows in the order given, completed page by page as they are consumed; closing closes {@code items}. */
    static Stream<IssueExportRows> of(Stream<IssueListItem> items, IssueQueryService queries, EnterpriseService enterprises) {
        Iterator<IssueExportRows> rows = paged(items.iterator(), page -> complete(page, queries, enterprises));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(items::close);
    }

    private static List<IssueExportRows> complete(List<IssueListItem> page, IssueQueryService queries,
                                                  EnterpriseService enterprises) {
        Map<Long, IssueExportDetails> details = queries.exportDetails(page.stream().map(IssueListItem::id).toList());
        Map<Long, EnterpriseSummary> firms = enterprises.findAll(details.values().stream()
                        .flatMap(detail -> detail.enterpriseIds().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(EnterpriseSummary::id, Function.identity()));
        List<IssueExportRows> rows = new ArrayList<>(page.size());
        for (IssueListItem item : page) {
            IssueExportDetails detail = details.get(item.id());
            rows.add(new IssueExportRows(item, detail, detail == null ? List.of()
                    : detail.enterpriseIds().stream().map(firms::get).filter(java.util.Objects::nonNull).toList()));
        }
        return rows;
    }

    private static <T, R> Iterator<R> paged(Iterator<T> source, Function<List<T>, List<R>> complete) {
        return new Iterator<>() {
            private Iterator<R> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && source.hasNext()) {
                    List<T> page = new ArrayList<>(PAGE);
                    while (source.hasNext() && page.size() < PAGE) {
                        page.add(source.next());
                    }
                    current = complete.apply(page).iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}

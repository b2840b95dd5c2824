package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.Set;

/**
 * Inbox filters, all optional and combined with AND. {@code text} ignores case and Vietnamese diacritics
 * ("dat dai" finds "đất đai") over code, title and content. {@code agencyId} matches the lead agency or a
 * coordinator. {@code overdue} true keeps issues awaiting an answer past their deadline. {@code from}/{@code to}
 * bound the received date. The issue module also turns a filter into URL query parameters and back, so an
 * inbox can be bookmarked.
 */
public record IssueFilter(String text, Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId,
                          String pciSubIndexCode, Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel,
                          Long dialogueId) {

    public static IssueFilter none() {
        return new IssueFilter(null, Set.of(), null, null, null, null, null, null, null, null, null);
    }
}

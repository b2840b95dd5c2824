package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Inbox filters, all optional and combined with AND. {@code text} ignores case and Vietnamese diacritics
 * ("dat dai" finds "đất đai") over code, title and content. {@code agencyId} matches the lead agency or a
 * coordinator, or only the lead agency when {@code leadAgencyOnly} (the agency an issue counts for in every
 * figure of {@link IssueMeasures} and {@link IssueDashboardFigures}). {@code overdue} true keeps issues awaiting
 * an answer past their deadline. {@code from}/{@code to} bound the received date, {@code answeredFrom}/
 * {@code answeredTo} the answer date (both days included). The issue module also turns a filter into URL query
 * parameters and back, so an inbox can be bookmarked.
 * <p>
 * Build filters with {@link #none()} and the {@code with...} methods; the constructor's list of components grows
 * as filters are added.
 */
public record IssueFilter(String text, Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId,
                          String pciSubIndexCode, Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel,
                          Long dialogueId, LocalDate answeredFrom, LocalDate answeredTo, boolean leadAgencyOnly) {

    public IssueFilter {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** The filters before answer dates and lead-only existed: no answer dates, lead or coordinator agency. */
    public IssueFilter(String text, Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId,
                       String pciSubIndexCode, Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel,
                       Long dialogueId) {
        this(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to, channel,
                dialogueId, null, null, false);
    }

    public static IssueFilter none() {
        return new IssueFilter(null, Set.of(), null, null, null, null, null, null, null, null, null);
    }

    public IssueFilter withText(String value) {
        return new IssueFilter(value, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    public IssueFilter withStates(Set<IssueState> value) {
        return new IssueFilter(text, value, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    /** Issues the agency leads or coordinates (null: any agency). */
    public IssueFilter withAgency(Long value) {
        return new IssueFilter(text, states, value, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, false);
    }

    /** Issues the agency leads, as the figures count them (null: any agency). */
    public IssueFilter withLeadAgency(Long value) {
        return new IssueFilter(text, states, value, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, value != null);
    }

    public IssueFilter withField(Long value) {
        return new IssueFilter(text, states, agencyId, value, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    public IssueFilter withDdciComponent(Long value) {
        return new IssueFilter(text, states, agencyId, fieldId, value, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    public IssueFilter withPciSubIndex(String value) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, value, overdue, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    public IssueFilter withOverdue(Boolean value) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, value, from, to,
                channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    /** Received between the two days, both included; either may be null (no bound). */
    public IssueFilter withReceived(LocalDate receivedFrom, LocalDate receivedTo) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue,
                receivedFrom, receivedTo, channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    /** Answered between the two days, both included; either may be null (no bound). */
    public IssueFilter withAnswered(LocalDate fromDay, LocalDate toDay) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, dialogueId, fromDay, toDay, leadAgencyOnly);
    }

    public IssueFilter withChannel(IssueChannel value) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                value, dialogueId, answeredFrom, answeredTo, leadAgencyOnly);
    }

    public IssueFilter withDialogue(Long value) {
        return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                channel, value, answeredFrom, answeredTo, leadAgencyOnly);
    }
}

package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Inbox filters, all optional and combined with AND. {@code text} ignores case and Vietnamese diacritics
 * ("dat dai" finds "đất đai") over code, title and content; a text shorter than {@link #MIN_TEXT_LENGTH} characters
 * (spaces around it not counted) is not applied: the trigram index needs three, and without it every row is read
 * (measured on a million issues: 57 s for "xq", while a search field asks after each pause in typing). {@code agencyId} matches the lead agency or a
 * coordinator, or only the lead agency when {@code leadAgencyOnly} (the agency an issue counts for in every
 * figure of {@link IssueMeasures} and {@link IssueDashboardFigures}). {@code overdue} true keeps issues awaiting
 * an answer past their deadline. {@code from}/{@code to} bound the received date, {@code answeredFrom}/
 * {@code answeredTo} the answer date (both days included). {@code accountableFrom}/{@code accountableTo} (both or
 * neither) keep the issues an agency answers for in that period under Decision 766: answered in it, or awaiting an
 * answer whose deadline fell in it and has passed (the population of {@link IssueMeasures#satisfaction766}). The issue module also turns a filter into URL query
 * parameters and back, so an inbox can be bookmarked.
 * <p>
 * Build filters with {@link #none()} and the {@code with...} methods; the constructor's list of components grows
 * as filters are added.
 */
public record IssueFilter(String text, Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId,
                          String pciSubIndexCode, Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel,
                          Long dialogueId, LocalDate answeredFrom, LocalDate answeredTo, boolean leadAgencyOnly,
                          LocalDate accountableFrom, LocalDate accountableTo) {

    /** The shortest text that filters. */
    public static final int MIN_TEXT_LENGTH = 3;

    /** Whether {@code text} filters: at least {@link #MIN_TEXT_LENGTH} characters once stripped. */
    public static boolean appliesText(String text) {
        return text != null && text.strip().length() >= MIN_TEXT_LENGTH;
    }

    public IssueFilter {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** The filters before answer dates and lead-only existed: no answer dates, lead or coordinator agency. */
    public IssueFilter(String text, Set<IssueState> states, Long agencyId, Long fieldId, Long ddciComponentId,
                       String pciSubIndexCode, Boolean overdue, LocalDate from, LocalDate to, IssueChannel channel,
                       Long dialogueId) {
        this(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to, channel,
                dialogueId, null, null, false, null, null);
    }

    public static IssueFilter none() {
        return new IssueFilter(null, Set.of(), null, null, null, null, null, null, null, null, null);
    }

    public IssueFilter withText(String value) {
        return with(copy -> copy.text = value);
    }

    public IssueFilter withStates(Set<IssueState> value) {
        return with(copy -> copy.states = value);
    }

    /** Issues the agency leads or coordinates (null: any agency). */
    public IssueFilter withAgency(Long value) {
        return with(copy -> {
            copy.agencyId = value;
            copy.leadAgencyOnly = false;
        });
    }

    /** Issues the agency leads, as the figures count them (null: any agency). */
    public IssueFilter withLeadAgency(Long value) {
        return with(copy -> {
            copy.agencyId = value;
            copy.leadAgencyOnly = value != null;
        });
    }

    public IssueFilter withField(Long value) {
        return with(copy -> copy.fieldId = value);
    }

    public IssueFilter withDdciComponent(Long value) {
        return with(copy -> copy.ddciComponentId = value);
    }

    public IssueFilter withPciSubIndex(String value) {
        return with(copy -> copy.pciSubIndexCode = value);
    }

    public IssueFilter withOverdue(Boolean value) {
        return with(copy -> copy.overdue = value);
    }

    /** Received between the two days, both included; either may be null (no bound). */
    public IssueFilter withReceived(LocalDate receivedFrom, LocalDate receivedTo) {
        return with(copy -> {
            copy.from = receivedFrom;
            copy.to = receivedTo;
        });
    }

    /** Answered between the two days, both included; either may be null (no bound). */
    public IssueFilter withAnswered(LocalDate fromDay, LocalDate toDay) {
        return with(copy -> {
            copy.answeredFrom = fromDay;
            copy.answeredTo = toDay;
        });
    }

    /**
     * The issues accountable in the period under Decision 766 (see the class description); both days included,
     * and both needed: with either null the filter is dropped.
     */
    public IssueFilter withAccountableIn(LocalDate fromDay, LocalDate toDay) {
        boolean both = fromDay != null && toDay != null;
        return with(copy -> {
            copy.accountableFrom = both ? fromDay : null;
            copy.accountableTo = both ? toDay : null;
        });
    }

    public IssueFilter withChannel(IssueChannel value) {
        return with(copy -> copy.channel = value);
    }

    public IssueFilter withDialogue(Long value) {
        return with(copy -> copy.dialogueId = value);
    }

    private IssueFilter with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.filter();
    }

    /** This filter's components, to change one or two and build the new filter. */
    private static final class Copy {
        private String text;
        private Set<IssueState> states;
        private Long agencyId;
        private Long fieldId;
        private Long ddciComponentId;
        private String pciSubIndexCode;
        private Boolean overdue;
        private LocalDate from;
        private LocalDate to;
        private IssueChannel channel;
        private Long dialogueId;
        private LocalDate answeredFrom;
        private LocalDate answeredTo;
        private boolean leadAgencyOnly;
        private LocalDate accountableFrom;
        private LocalDate accountableTo;

        private Copy(IssueFilter filter) {
            text = filter.text;
            states = filter.states;
            agencyId = filter.agencyId;
            fieldId = filter.fieldId;
            ddciComponentId = filter.ddciComponentId;
            pciSubIndexCode = filter.pciSubIndexCode;
            overdue = filter.overdue;
            from = filter.from;
            to = filter.to;
            channel = filter.channel;
            dialogueId = filter.dialogueId;
            answeredFrom = filter.answeredFrom;
            answeredTo = filter.answeredTo;
            leadAgencyOnly = filter.leadAgencyOnly;
            accountableFrom = filter.accountableFrom;
            accountableTo = filter.accountableTo;
        }

        private IssueFilter filter() {
            return new IssueFilter(text, states, agencyId, fieldId, ddciComponentId, pciSubIndexCode, overdue, from, to,
                    channel, dialogueId, answeredFrom, answeredTo, leadAgencyOnly, accountableFrom, accountableTo);
        }
    }
}

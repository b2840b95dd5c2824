package vn.pcitracker.issue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Period (both days included) and optionally one lead agency (null = all): what every figure of
 * {@link IssueDashboardFigures} is computed over. An issue counts for its lead agency only, never for the
 * agencies that coordinate on it. The {@code ...Filter()} methods give the inbox filter that lists the issues a
 * figure of this scope counted, so that every number can be opened as a list.
 */
public record FigureScope(LocalDate from, LocalDate to, Long agencyId) {

    public FigureScope {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A figure scope needs both days, was " + from + " to " + to);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A figure scope must not end before it starts: " + from + " > " + to);
        }
    }

    /** The number of days in the period, both days included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days immediately before {@code from}, same agency: what a figure is compared with. */
    public FigureScope previous() {
        return new FigureScope(from.minusDays(days()), from.minusDays(1), agencyId);
    }

    public FigureScope forAgency(Long agency) {
        return new FigureScope(from, to, agency);
    }

    /** The day the "open" and "overdue" figures describe: the end of the period, or today if it ends later. */
    public LocalDate endOn(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    /** Issues received in the period, led by the agency: the population of the "received" figures. */
    public IssueFilter receivedFilter() {
        return IssueFilter.none().withReceived(from, to).withLeadAgency(agencyId);
    }

    /** Issues answered in the period, led by the agency: the population of the on-time and reopen rates. */
    public IssueFilter answeredFilter() {
        return IssueFilter.none().withAnswered(from, to).withLeadAgency(agencyId);
    }

    /** Issues accountable in the period under Decision 766, led by the agency: the satisfaction measure's population. */
    public IssueFilter accountableFilter() {
        return IssueFilter.none().withAccountableIn(from, to).withLeadAgency(agencyId);
    }

    /** Issues open now, received on or before the end of the period, led by the agency. */
    public IssueFilter openNowFilter() {
        return IssueFilter.none().withStates(IssueState.OPEN).withReceived(null, to).withLeadAgency(agencyId);
    }
}

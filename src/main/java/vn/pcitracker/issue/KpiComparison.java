package vn.pcitracker.issue;

/** The headline figures of a period and of the period of the same length just before it. */
public record KpiComparison(FigureScope scope, KpiFigures current, FigureScope previousScope, KpiFigures previous) {
}

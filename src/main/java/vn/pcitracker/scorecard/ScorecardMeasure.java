package vn.pcitracker.scorecard;

/**
 * The figures of the agency scorecard; each one's formula is the translation {@link #formulaKey()}, and the DDCI
 * components it reflects are data ({@code data/reference/scorecard_measure_components.csv}).
 */
public enum ScorecardMeasure {
    ON_TIME,
    AVERAGE_WORKING_DAYS,
    SATISFACTION_766,
    REOPENED,
    OVERDUE_NOW,
    BOTTLENECKS,
    COMMITMENT;

    public String labelKey() {
        return "scorecard.ScorecardMeasure." + name();
    }

    public String formulaKey() {
        return "scorecard.ScorecardMeasure." + name() + ".formula";
    }
}

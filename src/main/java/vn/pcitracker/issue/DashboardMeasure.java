package vn.pcitracker.issue;

/**
 * The dashboard's headline figures ({@link KpiFigures}), each with its name and its formula as translation keys
 * ({@code issue.Measure.<NAME>} and {@code issue.Measure.<NAME>.formula}), so a help panel shows the definitions
 * written once in {@link IssueMeasures} and {@link IssueDashboardFigures}.
 */
public enum DashboardMeasure {
    OPEN, OVERDUE, ON_TIME, AVERAGE_WORKING_DAYS, SATISFACTION_766, REOPENED;

    public String labelKey() {
        return "issue.Measure." + name();
    }

    public String formulaKey() {
        return "issue.Measure." + name() + ".formula";
    }
}

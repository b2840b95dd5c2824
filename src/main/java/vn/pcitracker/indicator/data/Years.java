package vn.pcitracker.indicator.data;

import vn.pcitracker.referencedata.CsvRow;

/** PCI has been published annually since 2005. */
final class Years {

    private static final int FIRST_PCI = 2005;
    private static final int LAST_PLAUSIBLE = 2100;

    private Years() {
    }

    static int edition(CsvRow row, String column) {
        Integer year = row.integer(column);
        if (year == null) {
            throw row.problem("column '" + column + "' is empty");
        }
        if (year < FIRST_PCI || year > LAST_PLAUSIBLE) {
            throw row.problem("column '" + column + "' is not a PCI year: " + year);
        }
        return year;
    }
}

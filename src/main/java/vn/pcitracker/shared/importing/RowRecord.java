package vn.pcitracker.shared.importing;

/**
 * A preview record that knows its spreadsheet row. When a module's records implement it, the session leaves out of
 * the preview the records of rows that have a problem the module did not see (a blank required cell, a formula), so
 * that the preview lists only rows that would really be imported.
 */
public interface RowRecord {

    int row();
}

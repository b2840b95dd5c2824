package vn.pcitracker.organization;

import vn.pcitracker.shared.importing.RowRecord;

/**
 * What one row of an agencies, associations or enterprises file would do, as the import preview shows it.
 *
 * @param row    the spreadsheet row
 * @param key    the code (agencies, associations) or tax code (enterprises) that identifies the record
 * @param name   the record's (Vietnamese) name after the import
 * @param action whether the record is created, changed, or already as the row says
 */
public record OrganizationImportRow(int row, String key, String name, Action action) implements RowRecord {

    /** Labels under {@code organization.OrganizationImportRow.<NAME>}. */
    public enum Action {
        CREATE, UPDATE, UNCHANGED;

        public String labelKey() {
            return "organization.OrganizationImportRow." + name();
        }
    }
}

/**
 * Importing records from Excel (.xlsx) and CSV files, the same way for every module: a downloadable template, an
 * upload read by content (never by name) and hardened against hostile files, a column mapping remembered per user
 * and template, a preview that checks every row and reports each problem by row and column, and an import of all
 * rows or none.
 * <p>
 * A module declares an {@link vn.pcitracker.shared.importing.ImportDefinition} (its columns and example rows) and
 * writes two service methods, each with its own {@code @Transactional} and {@code @PreAuthorize}: a check that turns
 * {@link vn.pcitracker.shared.importing.ImportRow}s into an {@link vn.pcitracker.shared.importing.ImportPreview}
 * (seeing all rows at once, so it can find duplicates in the file), and an import that checks again and stores
 * everything, returning an {@link vn.pcitracker.shared.importing.ImportResult} (preview records that implement
 * {@link vn.pcitracker.shared.importing.RowRecord} let the preview list only rows that would really be imported).
 * Blank required cells and formula cells are reported by the session itself. Nothing here opens a transaction
 * for the module. {@link vn.pcitracker.shared.importing.ImportSessions} opens an uploaded file as an
 * {@link vn.pcitracker.shared.importing.ImportSession} (read, mapped, checked, committed);
 * {@link vn.pcitracker.shared.importing.ui.ImportWizard} is the dialog that walks a user through it.
 */
package vn.pcitracker.shared.importing;

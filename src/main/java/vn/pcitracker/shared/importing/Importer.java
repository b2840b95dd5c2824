package vn.pcitracker.shared.importing;

import java.util.List;

/**
 * A module's import of checked rows, usually a service method with its own {@code @Transactional} and
 * {@code @PreAuthorize}: it checks the rows again (never trusting the preview) and stores all of them, or none and
 * returns {@link ImportResult#refused} (or throws, rolling back).
 */
@FunctionalInterface
public interface Importer {

    ImportResult importRows(List<ImportRow> rows, ImportProgress progress);
}

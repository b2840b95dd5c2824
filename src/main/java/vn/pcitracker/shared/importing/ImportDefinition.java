package vn.pcitracker.shared.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a module imports: the template's columns and example rows, declared once.
 *
 * @param id          stable name, the key of the remembered column mappings, e.g. {@code issue.recommendations}
 * @param titleKey    translation key of the import's title (also the template's sheet and file name)
 * @param columns     the template's columns, in order
 * @param exampleRows example rows of the template, cells by column id (missing ids give empty cells)
 * @param maxRows     the most data rows a file may hold
 */
public record ImportDefinition(String id, String titleKey, List<ImportColumn> columns,
                               List<Map<String, String>> exampleRows, int maxRows) {

    public ImportDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        columns = List.copyOf(columns);
        exampleRows = exampleRows.stream().map(Map::copyOf).toList();
        Set<String> ids = new HashSet<>();
        for (ImportColumn column : columns) {
            if (!ids.add(column.id())) {
                throw new IllegalArgumentException("column id used twice: " + column.id());
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one column");
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive, was " + maxRows);
        }
    }

    /** A definition with the default row limit ({@link ImportLimits#DEFAULT_MAX_ROWS}). */
    public static ImportDefinition of(String id, String titleKey, List<ImportColumn> columns,
                                      List<Map<String, String>> exampleRows) {
        return new ImportDefinition(id, titleKey, columns, exampleRows, ImportLimits.DEFAULT_MAX_ROWS);
    }

    public ImportDefinition withMaxRows(int rows) {
        return new ImportDefinition(id, titleKey, columns, exampleRows, rows);
    }

    public Optional<ImportColumn> column(String columnId) {
        return columns.stream().filter(column -> column.id().equals(columnId)).findFirst();
    }

    public List<ImportColumn> requiredColumns() {
        return columns.stream().filter(ImportColumn::required).toList();
    }
}

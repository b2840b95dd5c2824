package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which template column each file column feeds: {@code columnIds.get(i)} is the column id of the file's column
 * {@code i}, or null when that column is ignored. A template column is fed by one file column at most.
 *
 * @param headers   the file's header cells
 * @param columnIds the template column id per file column, or null
 */
public record ColumnMapping(List<String> headers, List<String> columnIds) {

    /** The remembered choice "ignore this column". */
    public static final String IGNORED = "";

    public ColumnMapping {
        headers = List.copyOf(headers);
        if (columnIds.size() != headers.size()) {
            throw new IllegalArgumentException("one column id (or null) per header");
        }
        columnIds = Collections.unmodifiableList(new ArrayList<>(columnIds));
    }

    /** Every column ignored. */
    public static ColumnMapping none(List<String> headers) {
        return new ColumnMapping(headers, Collections.nCopies(headers.size(), null));
    }

    /** The template column id of a file column, or null when it is ignored. */
    public String columnId(int index) {
        return index < columnIds.size() ? columnIds.get(index) : null;
    }

    /** The file column feeding a template column, or -1. */
    public int indexOf(String columnId) {
        return columnIds.indexOf(columnId);
    }

    /** The file's header of the column feeding a template column, or null when none does. */
    public String headerOf(String columnId) {
        int index = indexOf(columnId);
        return index < 0 ? null : headers.get(index);
    }

    /** This mapping with the file column feeding {@code columnId} (null: ignored); no other column feeds it then. */
    public ColumnMapping with(int index, String columnId) {
        List<String> ids = new ArrayList<>(columnIds);
        if (columnId != null) {
            ids.replaceAll(id -> Objects.equals(id, columnId) ? null : id);
        }
        ids.set(index, columnId);
        return new ColumnMapping(headers, ids);
    }

    /** The required template columns no file column feeds. */
    public List<ImportColumn> missing(ImportDefinition definition) {
        return definition.requiredColumns().stream().filter(column -> indexOf(column.id()) < 0).toList();
    }

    /**
     * What to remember of this mapping: the {@linkplain ImportText#headerKey key} of each file header and its column
     * id, {@link #IGNORED} for a column the user ignores. Blank headers are left out.
     */
    public Map<String, String> byHeaderKey() {
        Map<String, String> remembered = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = ImportText.headerKey(headers.get(i));
            if (key != null) {
                remembered.putIfAbsent(key, columnIds.get(i) == null ? IGNORED : columnIds.get(i));
            }
        }
        return remembered;
    }
}

package vn.pcitracker.shared.importing;

import java.io.OutputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The file a user downloads to fill in: the template's headers in the user's language, " *" after required ones, and
 * the example rows; written by the shared export (xlsx: bold frozen header, column widths; CSV: UTF-8 with BOM).
 */
public final class ImportTemplate {

    static final String REQUIRED_MARK = " *";

    private ImportTemplate() {
    }

    /** Writes the template to {@code out} (flushed, not closed). */
    public static void write(ImportDefinition definition, ExportFormat format, OutputStream out, Locale locale,
                             UnaryOperator<String> translate) {
        Map<String, String> headers = new HashMap<>();
        definition.columns().forEach(column -> headers.put(column.id(),
                column.header(translate) + (column.required() ? REQUIRED_MARK : "")));
        List<ExportColumn<Map<String, String>>> columns = definition.columns().stream()
                .map(column -> ExportColumn.<Map<String, String>>text(column.id(),
                        width(headers.get(column.id()), definition, column.id()),
                        row -> row.get(column.id())))
                .toList();
        new TableExport<>(definition.titleKey(), columns).write(format, definition.exampleRows().stream(), out,
                locale, key -> headers.containsKey(key) ? headers.get(key) : translate.apply(key));
    }

    /** The file name without extension: the title in plain letters, e.g. "mau-nhap-kien-nghi". */
    public static String baseName(String title) {
        String plain = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "template" : plain;
    }

    private static int width(String header, ImportDefinition definition, String columnId) {
        int widest = header.length();
        for (Map<String, String> row : definition.exampleRows()) {
            String value = row.get(columnId);
            widest = Math.max(widest, value == null ? 0 : value.length());
        }
        return Math.clamp(widest + 2, 10, 60);
    }
}

package vn.pcitracker.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table declared once (a title and its columns) and written to Excel or CSV. Rows are taken from the stream one
 * at a time and written as they come, so a list of any length is exported without holding it in memory. Text cells
 * are {@linkplain SpreadsheetText#neutralise neutralised} in both formats.
 *
 * @param titleKey translation key of the title (the worksheet name)
 * @param columns  the columns, in order
 */
public record TableExport<T>(String titleKey, List<ExportColumn<T>> columns) {

    public TableExport {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
    }

    @SafeVarargs
    public static <T> TableExport<T> of(String titleKey, ExportColumn<T>... columns) {
        return new TableExport<>(titleKey, List.of(columns));
    }

    /**
     * The title and headers translated now, for a download that runs later outside the UI (where the session's
     * language and the translation provider are not at hand).
     */
    public UnaryOperator<String> resolvedTexts(UnaryOperator<String> translate) {
        Map<String, String> texts = Stream.concat(Stream.of(titleKey), columns.stream().map(ExportColumn::headerKey))
                .distinct().collect(Collectors.toUnmodifiableMap(Function.identity(), translate));
        return texts::get;
    }

    /**
     * Writes the header and every row to {@code out}, which is flushed but not closed.
     *
     * @param translate turns the title and header keys into the reader's language
     */
    public void write(ExportFormat format, Stream<? extends T> rows, OutputStream out, Locale locale,
                      UnaryOperator<String> translate) {
        TableWriter writer = switch (format) {
            case XLSX -> new XlsxTableWriter(out, locale, translate.apply(titleKey), columns);
            case CSV -> new CsvTableWriter(out, locale);
        };
        write(writer, rows, translate);
    }

    /** The header and every row through {@code writer}, then {@link TableWriter#finish()}. */
    void write(TableWriter writer, Stream<? extends T> rows, UnaryOperator<String> translate) {
        try {
            writer.header(columns.stream().map(column -> translate.apply(column.headerKey())).toList());
            for (Iterator<? extends T> iterator = rows.iterator(); iterator.hasNext(); ) {
                writer.row(cells(iterator.next()));
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Object> cells(T row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (ExportColumn<T> column : columns) {
            Object value = column.value().apply(row);
            cells.add(column.type() == ColumnType.TEXT && value != null ? SpreadsheetText.neutralise(value.toString()) : value);
        }
        return cells;
    }
}

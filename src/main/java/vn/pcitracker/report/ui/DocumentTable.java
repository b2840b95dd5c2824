package vn.pcitracker.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table, which prints whole on paper (a grid would print only its visible rows); numbers right-aligned.
 * With no rows, a sentence says so instead.
 */
final class DocumentTable {

    record Column<T>(String header, Function<T, String> value, boolean number) {

        static <T> Column<T> text(String header, Function<T, String> value) {
            return new Column<>(header, value, false);
        }

        static <T> Column<T> number(String header, Function<T, String> value) {
            return new Column<>(header, value, true);
        }
    }

    private DocumentTable() {
    }

    static <T> Component of(String className, List<Column<T>> columns, List<T> rows, String whenEmpty) {
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(whenEmpty);
            none.addClassNames("report-note", className);
            return none;
        }
        NativeTable table = new NativeTable();
        table.addClassNames("report-table", className);
        NativeTableRow head = table.getHead().addRow();
        columns.forEach(column -> {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column.header());
            if (column.number()) {
                cell.addClassName("number");
            }
        });
        for (T row : rows) {
            NativeTableRow line = table.getBody().addRow();
            columns.forEach(column -> {
                NativeTableCell cell = line.addDataCell();
                cell.setText(column.value().apply(row));
                if (column.number()) {
                    cell.addClassName("number");
                }
            });
        }
        return table;
    }
}

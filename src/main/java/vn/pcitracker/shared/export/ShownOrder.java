package vn.pcitracker.shared.export;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The order a user chose by clicking a grid's column headers, so that the export of an in-memory list comes out in
 * the order shown. The download runs outside the UI lock, where the grid must not be read, so the order is taken
 * each time it changes, as one comparator chained from the sorted columns' own comparators: those must therefore
 * read only the rows and values fixed when the view was built, never components. Until a header is clicked the
 * rows keep the order the service gave them.
 */
public final class ShownOrder<T> implements Serializable {

    private volatile Comparator<T> comparator;

    public ShownOrder(Grid<T> grid) {
        grid.addSortListener(event -> comparator = comparator(event.getSortOrder()));
    }

    /** The rows in the order the grid shows them. */
    public List<T> sorted(List<T> rows) {
        Comparator<T> current = comparator;
        return current == null ? rows : rows.stream().sorted(current).toList();
    }

    private static <T> Comparator<T> comparator(List<GridSortOrder<T>> orders) {
        return orders.stream().<Comparator<T>>map(order -> order.getSorted().getComparator(order.getDirection()))
                .reduce(Comparator::thenComparing).orElse(null);
    }
}

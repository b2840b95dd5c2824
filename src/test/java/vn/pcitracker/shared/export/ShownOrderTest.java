package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownOrderTest {

    record Unit(String name, int rank) {
    }

    private static final List<Unit> SERVICE_ORDER = List.of(new Unit("B", 2), new Unit("A", 2), new Unit("C", 1));

    private final Grid<Unit> grid = new Grid<>();
    private final Grid.Column<Unit> name = grid.addColumn(Unit::name).setComparator(Unit::name);
    private final Grid.Column<Unit> rank = grid.addColumn(Unit::rank).setComparator(Unit::rank);
    private final ShownOrder<Unit> order = new ShownOrder<>(grid);

    @Test
    void untilAHeaderIsClickedTheServicesOrderStays() {
        assertThat(order.sorted(SERVICE_ORDER)).isEqualTo(SERVICE_ORDER);
    }

    @Test
    void theSortedColumnsDecideInTheirOrderAndDirection() {
        grid.setMultiSort(true);
        grid.sort(GridSortOrder.desc(rank).thenAsc(name).build());

        assertThat(order.sorted(SERVICE_ORDER)).extracting(Unit::name).containsExactly("A", "B", "C");
    }

    @Test
    void clearingTheSortGoesBackToTheServicesOrder() {
        grid.sort(GridSortOrder.asc(name).build());
        grid.sort(List.of());

        assertThat(order.sorted(SERVICE_ORDER)).isEqualTo(SERVICE_ORDER);
    }
}

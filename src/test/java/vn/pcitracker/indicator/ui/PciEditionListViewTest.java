package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.PciService;

class PciEditionListViewTest extends ViewTestBase {

    @Autowired
    PciService pci;

    @Test
    void editionsShowTheirWeightsOrSayPlainlyThatTheCompositeIsNotComputable() {
        signInAs("admin");
        PciEditionListView view = navigateTo(PciEditionListView.class);

        assertThat(rows(grid(view)).getFirst().year()).isEqualTo(2024);
        assertThat(view.weightsText(edition(view, 2022))).isEqualTo("Chưa có trọng số: không tính được điểm tổng hợp");
        assertThat(view.weightsText(edition(view, 2021)))
                .isEqualTo("1. 5 · 2. 5 · 3. 20 · 4. 5 · 5. 10 · 6. 5 · 7. 5 · 8. 20 · 9. 20 · 10. 5");
    }

    @Test
    void theWeightsDialogSaysTheSumLiveAndASumOtherThan100IsRefusedWithNothingStored() {
        signInAs("admin");
        PciEditionListView view = navigateTo(PciEditionListView.class);
        view.openWeights(edition(view, 2021));
        WeightsDialog dialog = _get(WeightsDialog.class);

        assertThat(dialog.shownSum()).isEqualTo("Tổng trọng số: 100 – đủ 100");
        dialog.weights().field("LEGAL").setValue("6,5");
        assertThat(dialog.shownSum()).isEqualTo("Tổng trọng số: 101,5 – phải bằng 100");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu trọng số")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(pci.weights(2021).orElseThrow().weights().get("LEGAL")).isEqualByComparingTo("5");
    }

    @Test
    void aMissingWeightShowsOnItsField() {
        signInAs("admin");
        PciEditionListView view = navigateTo(PciEditionListView.class);
        view.openWeights(edition(view, 2021));
        WeightsDialog dialog = _get(WeightsDialog.class);
        dialog.weights().field("ENTRY").setValue("");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu trọng số")));

        assertThat(dialog.weights().field("ENTRY").isInvalid()).isTrue();
        assertThat(dialog.weights().field("ENTRY").getErrorMessage()).isNotBlank();
        assertThat(pci.weights(2021).orElseThrow().weights()).hasSize(10);
    }

    @Test
    void investmentOfficersDoNotOpenTheEditionsScreen() {
        signInAs("investment");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PciEditionListView.class)).hasMessageContaining("Access is denied");
    }

    private EditionSummary edition(PciEditionListView view, int year) {
        return rows(grid(view)).stream().filter(e -> e.year() == year).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<EditionSummary> grid(PciEditionListView view) {
        return _get(view, Grid.class);
    }
}

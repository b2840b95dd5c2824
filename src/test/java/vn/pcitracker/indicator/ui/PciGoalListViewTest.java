package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.indicator.ProvinceGoal;

class PciGoalListViewTest extends ViewTestBase {

    @Autowired
    PciGoalService goals;

    @Test
    void leadersReadTheGoalsNewestFirstWithTheDemoMarkAndNoEditButtons() {
        signInAs("leader");
        PciGoalListView view = navigateTo(PciGoalListView.class);

        assertThat(rows(grid(view))).extracting(ProvinceGoal::year).containsSubsequence(2026, 2025, 2022, 2021);
        ProvinceGoal goal2026 = rows(grid(view)).getFirst();
        assertThat(view.targetsText(goal2026)).startsWith("1. 7,00 · 2. 7,50 · 3. 7,20");
        assertThat(view.targetsText(rows(grid(view)).getLast())).isEqualTo("Không đặt mục tiêu riêng");
        assertThat(_find(view, Button.class, spec -> spec.withText("Thêm mục tiêu"))).isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withText("Sửa"))).isEmpty();
    }

    @Test
    void anInvestmentOfficerAddsAGoalSeesRefusalsOnTheFieldsAndDeletesIt() {
        signInAs("investment");
        PciGoalListView view = navigateTo(PciGoalListView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Thêm mục tiêu")));
        GoalDialog dialog = _get(GoalDialog.class);
        dialog.year.setValue(2041);
        dialog.composite.setValue("74,5");
        dialog.targets.field("LABOUR").setValue("11");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(dialog.sourceDocument.isInvalid()).isTrue();
        assertThat(dialog.targets.field("LABOUR").getErrorMessage())
                .isEqualTo("Điểm mục tiêu phải từ 0 đến 10, tối đa 2 chữ số thập phân.");
        assertThat(goals.goal("hai-phong", 2041)).isEmpty();

        dialog.targets.field("LABOUR").setValue("8,1");
        dialog.sourceDocument.setValue("Kế hoạch thử nghiệm 2041");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        ProvinceGoal saved = goals.goal("hai-phong", 2041).orElseThrow();
        assertThat(saved.targetComposite()).isEqualByComparingTo("74.5");
        assertThat(saved.subIndexTargets().get("LABOUR")).isEqualByComparingTo("8.1");
        assertThat(rows(grid(view))).extracting(ProvinceGoal::year).first().isEqualTo(2041);

        view.confirmDelete(saved);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(goals.goal("hai-phong", 2041)).isEmpty();
    }

    @Test
    void associationRepresentativesDoNotOpenTheGoals() {
        signInAs("association");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PciGoalListView.class)).hasMessageContaining("Access is denied");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProvinceGoal> grid(PciGoalListView view) {
        return _get(view, Grid.class);
    }
}

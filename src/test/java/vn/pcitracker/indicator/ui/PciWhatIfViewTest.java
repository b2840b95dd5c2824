package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.PciWhatIf;

class PciWhatIfViewTest extends ViewTestBase {

    private PciWhatIfView view;

    @BeforeEach
    void openAsLeader() {
        signInAs("leader");
        view = navigateTo(PciWhatIfView.class);
    }

    @Test
    void itStartsFromThe2022PublishedScoresWithThe2021EditionsWeights() {
        assertThat(view.values.field("TRANSPARENCY").getValue()).isEqualTo("6,22");
        assertThat(view.edition.getValue()).isEqualTo(2021);
        // the 2022 scores with the 2016-2021 weights: 67.63 (VCCI published 70.76 with its new weights)
        assertThat(view.composite.getText()).isEqualTo("Điểm tổng hợp theo trọng số ấn bản 2021: 67,63");
        assertThat(view.goalYear.getValue()).isEqualTo(2026);
        assertThat(view.gap.getText()).isEqualTo("Còn thiếu so với mục tiêu năm 2026 (76,00 điểm): 8,37 điểm");
    }

    @Test
    void changingASubIndexRecomputesAndResetReturnsToThePublishedScores() {
        view.values.field("TRANSPARENCY").setValue("7,22");

        // one more point of Transparency (weight 20 of 100) adds 2 points
        assertThat(view.composite.getText()).isEqualTo("Điểm tổng hợp theo trọng số ấn bản 2021: 69,63");

        _click(_get(view, Button.class, spec -> spec.withText("Về điểm đã công bố")));

        assertThat(view.values.field("TRANSPARENCY").getValue()).isEqualTo("6,22");
        assertThat(view.composite.getText()).isEqualTo("Điểm tổng hợp theo trọng số ấn bản 2021: 67,63");
    }

    @Test
    void theSensitivityChartRanksTheThreeHeavySubIndicesFirst() {
        assertThat(view.chart.getOption().yAxis().getFirst().data()).hasSize(10)
                .startsWith("Tính minh bạch", "Chính sách hỗ trợ doanh nghiệp", "Đào tạo lao động");
        assertThat(rows(view.effects)).extracting(PciWhatIf.Effect::code).first().isEqualTo("TRANSPARENCY");
    }

    @Test
    void anEditionWithoutWeightsSaysItIsNotComputable() {
        view.edition.setValue(2022);

        assertThat(view.composite.getText()).isEqualTo("Không tính được: ấn bản 2022 chưa có trọng số chính thức.");
        assertThat(view.chart.isVisible()).isFalse();
    }

    @Test
    void associationRepresentativesDoNotOpenTheCalculator() {
        signInAs("association");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PciWhatIfView.class)).hasMessageContaining("Access is denied");
    }
}

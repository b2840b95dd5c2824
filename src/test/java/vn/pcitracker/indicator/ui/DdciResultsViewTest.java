package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.indicator.DdciImportRow;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ui.ImportWizard;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.LineSeries;

class DdciResultsViewTest extends ViewTestBase {

    @Test
    void aLeaderSeesTheLatestDepartmentResultsBestFirstAndTheTopUnitsTrend() {
        signInAs("leader");
        DdciResultsView view = navigateTo(DdciResultsView.class);

        List<DdciResultSummary> shown = rows(grid(view));

        assertThat(shown).extracting(DdciResultSummary::year).containsOnly(2023);
        assertThat(shown.getFirst().unitName()).isEqualTo("Sở Văn hóa và Thể thao");
        assertThat(shown.getLast().unitName()).isEqualTo("Sở Xây dựng");
        ECharts trend = _get(view, ECharts.class);
        assertThat(trend.getOption().xAxis().getFirst().data()).containsExactly("2021", "2022", "2023");
        assertThat(((LineSeries) trend.getOption().series().getFirst()).data().getLast().doubleValue())
                .isEqualTo(80.98);
        assertThat(_find(view, Button.class, spec -> spec.withText("Nhập từ tệp"))).isEmpty();
    }

    @Test
    void searchingIgnoresDiacriticsAndTheTrendFollowsTheUnitFound() {
        signInAs("leader");
        DdciResultsView view = navigateTo(DdciResultsView.class);

        _get(view, TextField.class, spec -> spec.withLabel("Tìm đơn vị")).setValue("xay dung");

        assertThat(rows(grid(view))).extracting(DdciResultSummary::unitName).containsExactly("Sở Xây dựng");
        assertThat(_get(view, ECharts.class).getOption().title().text()).contains("Sở Xây dựng");
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirOwnAgency() {
        signInAs("agency");
        DdciResultsView view = navigateTo(DdciResultsView.class);

        assertThat(rows(grid(view))).extracting(DdciResultSummary::unitName).containsOnly("Sở Xây dựng");
    }

    @Test
    void anAssociationRepresentativeCannotOpenTheResults() {
        signInAs("association");

        assertThatThrownBy(() -> UI.getCurrent().navigate("ddci/results"))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void anInvestmentOfficerSeesAFilesProblemsThenImportsACorrectedOneAndFollowsTheLinkToTheResult() {
        signInAs("investment");
        DdciResultsView view = navigateTo(DdciResultsView.class);
        _get(view, Button.class, spec -> spec.withText("Nhập từ tệp")).click();
        ImportWizard<DdciImportRow> wizard = ImportWizards.opened();
        String unit = "Đơn vị thử " + UUID.randomUUID().toString().substring(0, 6);

        wizard.receive(ImportTestFiles.csv("catalogue_code,year,unit,score,rank", "REF-DISTRICT,2012," + unit + ",101,1"),
                "ddci.csv");
        ImportPreview<DdciImportRow> refused = wizard.check();

        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(Tuple.tuple(2, "score"));
        assertThat(_get(wizard, Button.class, spec -> spec.withClasses("import-confirm")).isEnabled()).isFalse();

        wizard.receive(ImportTestFiles.csv("catalogue_code,year,unit,score,rank", "REF-DISTRICT,2012," + unit + ",88.5,1"),
                "ddci.csv");
        assertThat(wizard.check().records()).hasSize(1);
        ImportResult result = ImportWizards.confirm(wizard);

        assertThat(result.created()).isEqualTo(1);
        assertThat(ImportWizards.outcome(wizard)).isEqualTo("Đã nhập: 1 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        ImportWizards.follow(result.links().getFirst());
        assertThat(rows(grid(_get(DdciResultsView.class)))).extracting(DdciResultSummary::unitName, DdciResultSummary::year)
                .containsExactly(Tuple.tuple(unit, 2012));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DdciResultSummary> grid(DdciResultsView view) {
        return _get(view, Grid.class);
    }

}

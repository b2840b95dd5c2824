package vn.pcitracker.licensing.bottleneck.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.bottleneck.FigureRow;
import vn.pcitracker.shared.ui.echarts.ECharts;

class BottleneckFiguresViewTest extends ViewTestBase {

    @Autowired AgencyService agencyService;

    /**
     * The demo's verified construction-permit fix saves 24 − 9.5 = 14.5 days; Sở Xây dựng's other bottlenecks (the demo's
     * and those other tests add) have no fix implemented, so they add nothing to the agency's days saved.
     */
    @Test
    void aLeaderSeesTheFormulaTheChartAndTheDaysSavedPerAgency() {
        signInAs("leader");

        BottleneckFiguresView view = navigateTo(BottleneckFiguresView.class);

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("bottleneck-formula")).getText())
                .startsWith("Số ngày tiết kiệm của một điểm nghẽn = trung vị ngày thực tế trước khắc phục");
        assertThat(_get(view, ECharts.class, spec -> spec.withClasses("agency-chart")).getOption().series()).hasSize(4);
        @SuppressWarnings("unchecked")
        Grid<FigureRow> agencies = _get(view, Grid.class, spec -> spec.withClasses("agency-figures"));
        long construction = agencyService.findByCode("S-XD").orElseThrow().id();
        assertThat(rows(agencies)).filteredOn(row -> row.groupId() == construction).singleElement().satisfies(row -> {
            assertThat(row.daysSaved()).isEqualByComparingTo("14.5");
            assertThat(row.fixesCounted()).isEqualTo(1);
        });
    }
}

package vn.pcitracker.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.dashboard.SubIndexGap;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ECharts;

class DashboardViewTest extends ViewTestBase {

    @Autowired
    private IssueQueryService issueQueries;

    @Test
    void everyChartIsDrawnAndCanBeSavedAsAnImage() {
        signInAs("leader");
        DashboardView view = navigateTo(DashboardView.class);

        List<ECharts> charts = _find(view, ECharts.class);
        assertThat(charts).hasSize(13);
        assertThat(charts).allSatisfy(chart -> assertThat(chart.getOption().toolbox()).isNotNull());
    }

    @Test
    void theTransparencyGapBarOpensTheOpenRecommendationsLinkedToTransparency() {
        signInAs("leader");
        DashboardView view = navigateTo(DashboardView.class);
        ECharts gap = chart(view, "pci-gap-chart");
        List<String> names = gap.getOption().yAxis().getFirst().data();
        int transparency = names.indexOf("Tính minh bạch");
        SubIndexGap figure = view.shownFigures().pci().gaps().get(transparency);

        ComponentUtil.fireEvent(gap, new ChartClickEvent(gap, true, "gap", "Tính minh bạch", transparency, "0.5"));

        Location landed = UI.getCurrent().getActiveViewLocation();
        Map<String, List<String>> query = landed.getQueryParameters().getParameters();
        assertThat(landed.getPath()).isEqualTo("issues");
        assertThat(query.get("pci")).containsExactly("TRANSPARENCY");
        assertThat(query.get("state")).containsExactlyInAnyOrder("RECEIVED", "CLASSIFIED", "ASSIGNED", "IN_PROGRESS", "REOPENED");
        assertThat(issueQueries.count(issueQueries.fromQueryParameters(query))).isEqualTo(figure.openRecommendations());
    }

    private static ECharts chart(DashboardView view, String className) {
        return _get(view, ECharts.class, spec -> spec.withClasses(className));
    }
}

package vn.pcitracker.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.stream.IntStream;
import vn.pcitracker.dashboard.DashboardFixture;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.issue.AgencyComponentCount;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.dashboard.SubIndexGap;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ECharts;

/** Each test's rows live in its own transaction, rolled back afterwards; the views run in the same thread and join it. */
@Transactional
class DashboardViewTest extends ViewTestBase {

    @Autowired
    private IssueQueryService issueQueries;
    @Autowired
    private AgencyService agencies;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationContext context;

    private DashboardFixture data;
    private long component;

    /** An agency of its own with one open recommendation linked to a component that moves Transparency. */
    @BeforeEach
    void fixture() {
        TestLogins.signIn(context, "admin");
        data = new DashboardFixture(jdbc, agencies);
        component = data.component("TRANSPARENCY");
        data.openIssue(LocalDate.of(2019, 5, 2), component);
    }

    @Test
    void theDashboardSaysWhenItsFiguresWereComputed() {
        signInAs("leader");
        DashboardView view = navigateTo(DashboardView.class);

        Paragraph computedAt = _get(view, Paragraph.class, spec -> spec.withClasses("dashboard-computed-at"));
        String time = view.shownFigures().computedAt().atZone(DashboardPeriod.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        // Tests keep nothing (app.dashboard.figures-max-age=PT0S): the figures are computed at each call.
        assertThat(computedAt.getText()).startsWith("Số liệu tính lúc " + time + " ngày ").endsWith(".");
    }

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
        assertThat(figure.openRecommendations()).isPositive();
        assertThat(issueQueries.count(issueQueries.fromQueryParameters(query))).isEqualTo(figure.openRecommendations());
    }

    @Test
    void aHeatMapCellOpensTheAgencysOpenRecommendationsLinkedToThatComponent() {
        signInAs("leader");
        DashboardView view = navigateTo(DashboardView.class);
        ECharts heatMap = chart(view, "open-heatmap-chart");
        List<AgencyComponentCount> cells = view.shownFigures().recommendations().openByAgencyAndComponent();
        int index = IntStream.range(0, cells.size())
                .filter(i -> cells.get(i).agencyId() == data.agency && cells.get(i).componentId() == component)
                .findFirst().orElseThrow();

        ComponentUtil.fireEvent(heatMap, new ChartClickEvent(heatMap, true, "open", null, index, "[0,0,1]"));

        Location landed = UI.getCurrent().getActiveViewLocation();
        Map<String, List<String>> query = landed.getQueryParameters().getParameters();
        assertThat(landed.getPath()).isEqualTo("issues");
        assertThat(query.get("agency")).containsExactly(String.valueOf(data.agency));
        assertThat(query.get("ddci")).containsExactly(String.valueOf(component));
        assertThat(query.get("state")).containsExactlyInAnyOrder("RECEIVED", "CLASSIFIED", "ASSIGNED", "IN_PROGRESS", "REOPENED");
        assertThat(cells.get(index).count()).isEqualTo(1);
        assertThat(issueQueries.count(issueQueries.fromQueryParameters(query))).isEqualTo(1);
    }

    @Test
    void anAgencyOfficerSeesTheirAgencyFixedInTheFilter() {
        signInAs("agency");
        DashboardView view = navigateTo(DashboardView.class);

        ComboBox<?> agency = _get(view, ComboBox.class, spec -> spec.withLabel("Cơ quan"));
        assertThat(agency.isReadOnly()).isTrue();
        assertThat(view.shownFigures().scope().agencyId())
                .isEqualTo(jdbc.queryForObject("SELECT agency_id FROM user_account WHERE username = 'agency'", Long.class));
    }

    @Test
    void choosingAPeriodPutsItInTheUrl() {
        signInAs("investment");
        DashboardView view = navigateTo(DashboardView.class);

        _get(view, Select.class, spec -> spec.withLabel("Kỳ")).setValue(DashboardPeriod.Preset.THIS_QUARTER);

        Location landed = UI.getCurrent().getActiveViewLocation();
        assertThat(landed.getPath()).isEqualTo("dashboard");
        assertThat(landed.getQueryParameters().getParameters().get("period")).containsExactly("THIS_QUARTER");
        DashboardView shown = _get(DashboardView.class);
        assertThat(shown.shownFigures().scope().from()).isEqualTo(DashboardPeriod.of(DashboardPeriod.Preset.THIS_QUARTER,
                DashboardPeriod.today()).from());
    }

    private static ECharts chart(DashboardView view, String className) {
        return _get(view, ECharts.class, spec -> spec.withClasses(className));
    }
}

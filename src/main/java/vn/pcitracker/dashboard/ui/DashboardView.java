package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.pcitracker.dashboard.DashboardFigures;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.dashboard.DashboardService;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The leaders' dashboard: where the province stands against its PCI goal, what blocks it and who is late, for the
 * period and agency in the URL. First in the menu of everyone who may open it; association representatives may not
 * (the public page serves them).
 */
@Route("dashboard")
@Menu(title = "dashboard.DashboardView.menu", order = -1, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.LEADER, Role.Names.INVESTMENT_OFFICER, Role.Names.ADMIN, Role.Names.AGENCY_OFFICER})
@StyleSheet("context://dashboard/dashboard.css")
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final IssueQueryService issueQueries;
    private DashboardFigures shown;

    DashboardView(DashboardService dashboard, IssueQueryService issueQueries) {
        this.dashboard = dashboard;
        this.issueQueries = issueQueries;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardParameters parameters = DashboardParameters.read(
                event.getLocation().getQueryParameters().getParameters(), DashboardPeriod.today());
        show(parameters);
    }

    private void show(DashboardParameters parameters) {
        DashboardFigures figures = dashboard.figures(parameters.period(), parameters.agencyId());
        shown = figures;
        Section section = new Section(figures, new DrillDown(issueQueries, figures.scope()), getLocale(), this::getTranslation);
        DashboardParameters shown = new DashboardParameters(parameters.period(), figures.scope().agencyId());
        removeAll();
        add(new H2(getTranslation("dashboard.DashboardView.heading")),
                new Paragraph(getTranslation("dashboard.DashboardView.intro")),
                computedAt(figures),
                new DashboardFilters(section, shown, this::choose),
                new KpiCards(section).cards(),
                new PciSection(section).block(),
                new RecommendationSection(section).block(),
                new BottleneckSection(section).block(),
                new CommitmentSection(section).block(),
                new DashboardHelp(section).panel());
    }

    /** When the figures were computed: they may be a few minutes old (DashboardService keeps them). */
    private Paragraph computedAt(DashboardFigures figures) {
        ZonedDateTime at = figures.computedAt().atZone(DashboardPeriod.ZONE);
        long keptMinutes = figures.keptFor().toMinutes();
        Paragraph paragraph = new Paragraph(getTranslation(keptMinutes > 0 ? "dashboard.DashboardView.computedAt"
                        : "dashboard.DashboardView.computedNow", at.format(DateTimeFormatter.ofPattern("HH:mm")),
                LocaleFormats.date(at.toLocalDate(), getLocale()), keptMinutes));
        paragraph.addClassName("dashboard-computed-at");
        return paragraph;
    }

    private void choose(DashboardParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, new QueryParameters(parameters.write())));
    }

    /** The figures on screen, for tests that compare a clicked figure with the list it opens. */
    DashboardFigures shownFigures() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.DashboardView.title");
    }
}

package vn.pcitracker.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.pcitracker.report.MonthlyReport;
import vn.pcitracker.report.MonthlyReportService;
import vn.pcitracker.report.ReportPeriod;
import vn.pcitracker.report.ReportScheduleService;
import vn.pcitracker.report.ReportTexts;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * The report on a month, quarter or year ({@code ?period=2026-10}, {@code 2026-Q3}, {@code 2026}; by default the month
 * just ended) as a printable A4 page in the user's language, with the period picker, the Excel workbook, print, and the
 * switch of the monthly mail to the leaders. Leaders, investment officers and administrators may open it.
 */
@Route("reports/monthly")
@Menu(title = "report.MonthlyReportView.menu", order = 2.7, icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.LEADER, Role.Names.INVESTMENT_OFFICER, Role.Names.ADMIN})
@StyleSheet("context://report/report.css")
class MonthlyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERIOD = "period";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MonthlyReportService reports;
    private final ReportScheduleService schedule;
    private final I18NProvider translations;
    private final CurrentUser currentUser;
    private MonthlyReport shown;

    MonthlyReportView(MonthlyReportService reports, ReportScheduleService schedule, I18NProvider translations,
                      CurrentUser currentUser) {
        this.reports = reports;
        this.schedule = schedule;
        this.translations = translations;
        this.currentUser = currentUser;
        addClassName("monthly-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = LocalDate.now(PROVINCE);
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(PERIOD, List.of());
        ReportPeriod period = asked.stream().findFirst().flatMap(ReportPeriod::parse)
                .filter(candidate -> !candidate.startsAfter(today)).orElseGet(() -> ReportPeriod.monthBefore(today));
        show(reports.report(period), today);
    }

    private void show(MonthlyReport report, LocalDate today) {
        shown = report;
        ReportTexts texts = new ReportTexts(getLocale(), this::getTranslation);
        boolean maySwitch = currentUser.get().map(user -> user.is(Role.ADMIN) || user.is(Role.INVESTMENT_OFFICER)).orElse(false);
        removeAll();
        add(new ReportToolbar(report, texts, today, translations, this::choose).bar(),
                new ScheduleSwitch(schedule, maySwitch, texts).panel(),
                new ReportDocument(report, texts).document());
    }

    private void choose(ReportPeriod period) {
        getUI().ifPresent(ui -> ui.navigate(MonthlyReportView.class,
                new QueryParameters(Map.of(PERIOD, List.of(period.code())))));
    }

    /** The report on screen, for tests. */
    MonthlyReport shownReport() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("report.MonthlyReportView.menu")
                : getTranslation("report.MonthlyReportView.title", new ReportTexts(getLocale(), this::getTranslation)
                        .periodCapitalised(shown.period()));
    }
}

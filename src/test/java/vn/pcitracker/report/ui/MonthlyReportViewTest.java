package vn.pcitracker.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.report.ReportFixture;
import vn.pcitracker.report.ReportPeriod;
import vn.pcitracker.report.ReportScheduleService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.ui.echarts.ECharts;

/** The page of October 2016 ({@link ReportFixture}); each test's rows are rolled back, the view runs in its transaction. */
@Transactional
class MonthlyReportViewTest extends ViewTestBase {

    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired ReportScheduleService schedule;

    private ReportFixture data;

    @BeforeEach
    void fixture() {
        TestLogins.signIn(context, "admin");
        data = new ReportFixture(jdbc, agencies);
    }

    @Test
    void aLeaderReadsTheMonthAsADocumentWithFindingsTablesAndCharts() {
        signInAs("leader");
        MonthlyReportView view = open("2016-10");

        assertThat(view.shownReport().period()).isEqualTo(ReportFixture.OCTOBER);
        assertThat(_get(view, H1.class).getText())
                .isEqualTo("Báo cáo tình hình tiếp nhận, xử lý kiến nghị của doanh nghiệp tháng 10/2016 – Hải Phòng");
        assertThat(_find(view, ListItem.class)).extracting(ListItem::getText).hasSize(9)
                .startsWith("Tháng 10/2016 tiếp nhận 6 kiến nghị (+3 so với tháng 9/2016).");
        assertThat(_find(view, H2.class)).extracting(H2::getText).startsWith("I. Tóm tắt tình hình", "II. Số liệu chính");
        assertThat(rows(view, "agencies-table")).containsExactly(
                List.of("Cơ quan", "Tiếp nhận", "Đã trả lời", "Đúng hạn", "Quá hạn cuối kỳ", "Hài lòng (QĐ 766)"),
                List.of(data.nameA, "4", "2", "50,0 %", "2", "33,3 %"),
                List.of(data.nameB, "1", "1", "0,0 %", "1", "0,0 %"));
        assertThat(rows(view, "key-figures-table").get(4)).containsExactly("Tỷ lệ trả lời đúng hạn (%)", "33,3 %", "100,0 %",
                "−66,7 điểm %");
        List<ECharts> charts = _find(view, ECharts.class);
        assertThat(charts).hasSize(3).allSatisfy(chart -> assertThat(chart.getOption().animation()).isFalse());
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("report-excel"))).hasSize(1);
        assertThat(_get(view, Checkbox.class).isReadOnly()).as("leaders see the schedule, do not switch it").isTrue();
    }

    @Test
    void thePeriodPickerLeadsToAnotherPeriodAndAnEnglishReaderReadsEnglish() {
        signInAs("investment");
        MonthlyReportView view = open("2016-10");
        @SuppressWarnings("unchecked")
        Select<ReportPeriod> period = _get(view, Select.class, spec -> spec.withClasses("report-period"));

        assertThat(period.getValue()).isEqualTo(ReportFixture.OCTOBER);
        _setValue(period, ReportPeriod.month(java.time.YearMonth.of(2016, 9)));
        view = _get(MonthlyReportView.class);
        assertThat(view.shownReport().period().code()).isEqualTo("2016-09");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("reports/monthly?period=2016-09");

        reloadIn(AppLocales.ENGLISH);
        view = _get(MonthlyReportView.class);
        assertThat(_find(view, H2.class)).extracting(H2::getText).startsWith("I. Summary", "II. Key figures");
        assertThat(_find(view, ListItem.class).getFirst().getText())
                .isEqualTo("September 2016: 3 recommendations received (+3 compared with August 2016).");
    }

    @Test
    void anInvestmentOfficerSwitchesTheMonthlyMailOn() {
        signInAs("investment");
        MonthlyReportView view = open("2016-10");
        Checkbox mail = _get(view, Checkbox.class);

        assertThat(mail.isReadOnly()).isFalse();
        _setValue(mail, true);

        assertThat(schedule.status().enabled()).isTrue();
        assertThat(schedule.status().changedByName()).isNotBlank();
    }

    @Test
    void withoutAPeriodTheMonthJustEndedIsShown() {
        signInAs("leader");
        MonthlyReportView view = open("không phải kỳ");

        assertThat(view.shownReport().period()).isEqualTo(ReportPeriod.monthBefore(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
    }

    private static MonthlyReportView open(String period) {
        UI.getCurrent().navigate(MonthlyReportView.class, QueryParameters.of(MonthlyReportView.PERIOD, period));
        return _get(MonthlyReportView.class);
    }

    private static List<List<String>> rows(MonthlyReportView view, String className) {
        NativeTable table = _get(view, NativeTable.class, spec -> spec.withClasses(className));
        return table.getChildren().flatMap(part -> part.getChildren()).map(row -> ((NativeTableRow) row).getAllCells()
                .stream().map(cell -> cell.getElement().getText()).toList()).toList();
    }
}

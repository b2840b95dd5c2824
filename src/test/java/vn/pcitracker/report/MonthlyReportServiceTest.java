package vn.pcitracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.UnitCheckIns;
import vn.pcitracker.indicator.SubIndexGoalGap;
import vn.pcitracker.issue.KpiFigures;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.licensing.bottleneck.BottleneckMove;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/** Every figure of the report on October 2016 against {@link ReportFixture}, worked out by hand in the comments. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "ADMIN")
class MonthlyReportServiceTest {

    @Autowired MonthlyReportService reports;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;
    @Autowired ModuleTranslationProvider translations;
    @Autowired ApplicationContext context;

    private ReportFixture data;

    @BeforeEach
    void fixture() {
        data = new ReportFixture(jdbc, agencies);
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void theMonthsHeadlineFiguresAndTheMonthBefore() {
        MonthlyReport report = reports.report(ReportFixture.OCTOBER);

        // October: received I1, I2, I3, I4, I7, I9 = 6. Answered I1 (on time), I2, I6 (late) = 1 of 3. Open on 31 Oct
        // I3, I4, I5, I7, I8, I9 = 6; overdue (assigned, deadline before 31 Oct) I3, I5, I8 = 3. Working days 8 + 13 +
        // 15 = 36 over 3. Decision 766: I1, I2, I6 answered + I3, I8 due unanswered = 5; overdue I2, I6, I3, I8: 1 left.
        // Reopened among the answered: none.
        assertThat(report.current().received()).isEqualTo(6);
        assertThat(report.current().kpis()).isEqualTo(new KpiFigures(6, 3, new Measure(1, 3), new Measure(36, 3),
                new Measure(1, 5), new Measure(0, 3)));
        // September: received I5, I6, I8 = 3. Answered I5 (26 Sep, by its deadline), 9 working days. Open on 30 Sep:
        // I6 (answered 7 Oct), I8 = 2, neither overdue then (I6 due 30 Sep, not before it). Decision 766: I5 only, whose
        // latest feedback is unsatisfied: 0 of 1. Reopened: I5.
        assertThat(report.previous().period()).isEqualTo(ReportPeriod.month(YearMonth.of(2016, 9)));
        assertThat(report.previous().received()).isEqualTo(3);
        assertThat(report.previous().kpis()).isEqualTo(new KpiFigures(2, 0, new Measure(1, 1), new Measure(9, 1),
                new Measure(0, 1), new Measure(1, 1)));
        // Open on 30 Sep: I6, I8; still open on 31 Oct: I8.
        assertThat(report.openAtStart()).isEqualTo(2);
        assertThat(report.carriedOver()).isEqualTo(1);
        assertThat(report.figuresAsOf()).isEqualTo(LocalDate.of(2016, 10, 31));
        assertThat(report.provisional()).isFalse();
    }

    @Test
    void eachAgencysFiguresMostOverdueFirst() {
        MonthlyReport report = reports.report(ReportFixture.OCTOBER);

        // A: received I1-I4; answered I1 (on time), I2; open I3, I4, I5, overdue I3, I5; Decision 766 I1, I2, I3 of
        // which I2 and I3 overdue. B: received I7; answered I6 (late); open I7, I8, overdue I8; Decision 766 I6, I8, both
        // overdue. I9 has no lead agency.
        assertThat(report.agencies()).extracting(AgencyFigures::agencyId, AgencyFigures::received, AgencyFigures::onTime,
                        AgencyFigures::openAtEnd, AgencyFigures::overdueAtEnd, AgencyFigures::satisfaction)
                .containsExactly(tuple(data.agencyA, 4L, new Measure(1, 2), 3L, 2L, new Measure(1, 3)),
                        tuple(data.agencyB, 1L, new Measure(0, 1), 2L, 1L, new Measure(0, 2)));
        assertThat(report.agencyName(data.agencyA, AppLocales.VIETNAMESE)).isEqualTo(data.nameA);
    }

    @Test
    void theLastTwelveMonthsEndWithThePeriod() {
        List<MonthVolume> months = reports.report(ReportFixture.OCTOBER).lastTwelveMonths();

        assertThat(months).hasSize(12);
        assertThat(months.getFirst()).isEqualTo(new MonthVolume(YearMonth.of(2015, 11), 0, 0));
        assertThat(months.subList(10, 12)).containsExactly(new MonthVolume(YearMonth.of(2016, 9), 3, 1),
                new MonthVolume(YearMonth.of(2016, 10), 6, 3));
    }

    @Test
    void bottlenecksCheckInsAndTheGapToThePciGoal() {
        MonthlyReport report = reports.report(ReportFixture.OCTOBER);

        assertThat(report.bottlenecksMoved()).extracting(BottleneckMove::agencyId, BottleneckMove::fromState,
                        BottleneckMove::toState, BottleneckMove::lastMovedOn)
                .containsExactly(tuple(data.agencyA, BottleneckState.ANALYSING, BottleneckState.FIX_PROPOSED,
                        LocalDate.of(2016, 10, 12)));
        assertThat(report.checkIns()).extracting(UnitCheckIns::divisionName, UnitCheckIns::checkIns,
                unit -> unit.count(CheckInStatus.NEEDS_IMPROVEMENT)).containsExactly(tuple("Phòng Một", 1L, 1L));
        // The 2016 goal: TRANSPARENCY 8.00 − 6.22 = 1.78, LEGAL 9.00 − 7.87 = 1.13 (2022 scores); the rest no target.
        assertThat(report.pciGoal().goal().year()).isEqualTo(2016);
        assertThat(report.pciGoal().subIndices()).filteredOn(gap -> gap.gap() != null)
                .extracting(gap -> gap.subIndex().code(), SubIndexGoalGap::gap)
                .containsExactly(tuple("TRANSPARENCY", new BigDecimal("1.78")), tuple("LEGAL", new BigDecimal("1.13")));
    }

    @Test
    void theFindingsAreSentencesWrittenFromTheFigures() {
        MonthlyReport report = reports.report(ReportFixture.OCTOBER);

        List<String> vietnamese = ReportSummary.sentences(report, ReportTexts.of(translations, AppLocales.VIETNAMESE));

        assertThat(vietnamese).containsExactly(
                "Tháng 10/2016 tiếp nhận 6 kiến nghị (+3 so với tháng 9/2016).",
                "Đã trả lời 3 kiến nghị, trong đó 1 kiến nghị đúng hạn (33,3 %, −66,7 điểm % so với tháng 9/2016).",
                "Đến ngày 31/10/2016 còn 6 kiến nghị đang xử lý, trong đó 3 kiến nghị quá hạn (+3 so với cuối tháng 9/2016).",
                "1 kiến nghị tồn đọng từ trước kỳ vẫn chưa được giải quyết (đầu kỳ có 2 kiến nghị đang xử lý).",
                "Mức độ hài lòng theo Quyết định 766 đạt 20,0 % (+20,0 điểm % so với tháng 9/2016).",
                "Cơ quan có nhiều kiến nghị quá hạn nhất: " + data.nameA + " (2), " + data.nameB + " (1).",
                "1 điểm nghẽn thủ tục có chuyển biến trong kỳ: 0 mới ghi nhận, 0 đã thực hiện hoặc kiểm chứng giải pháp.",
                "1 đơn vị báo cáo thực hiện giao ước thi đua (1 lượt báo cáo, 1 lượt cần cải thiện hoặc lùi thời hạn).",
                "Khoảng cách lớn nhất tới mục tiêu PCI năm 2016: chỉ số Tính minh bạch còn thiếu 1,78 điểm (so với điểm công bố năm 2022).");
        List<String> english = ReportSummary.sentences(report, ReportTexts.of(translations, AppLocales.ENGLISH));
        assertThat(english.getFirst()).isEqualTo("October 2016: 6 recommendations received (+3 compared with September 2016).");
        assertThat(english.get(1)).isEqualTo("3 answered, 1 of them on time (33.3 %, −66.7 points compared with September 2016).");
    }

    @Test
    void leadersReadItAgencyOfficersAndAssociationsAreRefused() {
        TestLogins.signIn(context, "leader");
        assertThat(reports.report(ReportFixture.OCTOBER).current().received()).isEqualTo(6);

        TestLogins.signIn(context, "agency");
        assertThatThrownBy(() -> reports.report(ReportFixture.OCTOBER)).isInstanceOf(AccessDeniedException.class);
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> reports.report(ReportFixture.OCTOBER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodThatHasNotBegunIsRefused() {
        ReportPeriod nextYear = ReportPeriod.year(LocalDate.now(MonthlyReportService.PROVINCE).getYear() + 1);

        assertThatThrownBy(() -> reports.report(nextYear)).isInstanceOf(ValidationException.class);
    }
}

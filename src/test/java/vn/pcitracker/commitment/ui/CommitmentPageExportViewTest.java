package vn.pcitracker.commitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.csv;
import static vn.pcitracker.shared.export.ExportFiles.dateCell;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.values;
import static vn.pcitracker.shared.export.ExportFiles.xlsx;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.commitment.CheckInForm;
import vn.pcitracker.commitment.CheckInService;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.security.TestLogins;

class CommitmentPageExportViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired CheckInService checkIns;

    @Test
    void theScorecardAndTheCheckInsExportWithTheFiguresTheScoreIsComputedFrom() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        TestLogins.signIn(context, "agency");
        long constructionUnit = context.getBean(CommitmentService.class).find(commitment.id()).orElseThrow().checkInUnitIds()
                .iterator().next();
        var quarter = checkIns.openQuarters(commitment.periodFrom(), commitment.periodTo()).getLast();
        checkIns.checkIn(new CheckInForm(commitment.criteria().getFirst().id(), constructionUnit, quarter.year(), quarter.quarter(),
                new BigDecimal("89.5"), CheckInStatus.ON_TRACK, "=Đạt 89,5% trong quý"));
        signInAs("leader");
        CommitmentView view = open(commitment);

        List<Row> scorecard = xlsx(view.exports::writeScorecard);
        List<Row> history = xlsx(view.exports::writeCheckIns);

        assertThat(header(scorecard)).startsWith("Đơn vị", "Điểm của đơn vị", "Tiêu chí", "Trọng số");
        assertThat(scorecard).hasSize(1 + 2 * 2);
        Row construction = scorecard.stream().filter(row -> row.getCellText(0).equals("Sở Xây dựng")
                && row.getCellText(2).equals("Tỷ lệ hồ sơ cấp phép đúng hạn")).findFirst().orElseThrow();
        assertThat(construction.getCell(column(scorecard, "Giá trị mới nhất")).asNumber()).isEqualByComparingTo("89.5");
        assertThat(construction.getCellText(column(scorecard, "Mục tiêu"))).as("as typed, not 95.0000").isEqualTo("95");
        // 60 × (89.5 − 80) ÷ (95 − 80) = 38.0 points of 60; 63.3 % achieved
        assertThat(construction.getCell(column(scorecard, "Điểm của tiêu chí")).asNumber()).isEqualByComparingTo("38.0");
        assertThat(construction.getCell(column(scorecard, "Mức đạt (%)")).asNumber()).isEqualByComparingTo("63.3");
        assertThat(history).hasSize(2);
        assertThat(values(history, "Ghi chú")).containsExactly("'=Đạt 89,5% trong quý");
        assertThat(values(history, "Tình trạng")).containsExactly("Đúng tiến độ");
        assertThat(values(history, "Đã được thay bằng báo cáo sau")).containsExactly("");
        assertThat(dateCell(history.get(1), column(history, "Ngày báo cáo")))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void inEnglishTheHeadersAreEnglishAndACommitmentWithoutCheckInsHasOnlyTheHeader() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("leader");
        reloadIn(Locale.ENGLISH);
        CommitmentView view = open(commitment);

        assertThat(csv(view.exports::writeScorecard).getFirst()).startsWith("Unit", "Unit score", "Criterion", "Weight");
        List<List<String>> history = csv(view.exports::writeCheckIns);
        assertThat(history.getFirst()).startsWith("Year", "Quarter", "Unit", "Criterion", "Value");
        assertThat(history).hasSize(1);
    }

    private static CommitmentView open(CommitmentDetails commitment) {
        UI.getCurrent().navigate(CommitmentView.class, new RouteParameters("id", String.valueOf(commitment.id())));
        return _get(CommitmentView.class);
    }
}

package vn.pcitracker.scorecard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.csv;
import static vn.pcitracker.shared.export.ExportFiles.dateCell;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.rowWith;
import static vn.pcitracker.shared.export.ExportFiles.values;
import static vn.pcitracker.shared.export.ExportFiles.xlsx;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.scorecard.AgencyScorecard;
import vn.pcitracker.scorecard.ScorecardMeasure;

class ScorecardExportViewTest extends ViewTestBase {

    @Test
    void theExportHoldsThePeriodShownTheCountsBehindEachRateAndSaysItIsNotTheOfficialDdci() {
        signInAs("leader");
        ScorecardView view = navigateTo(ScorecardView.class);
        _get(view, DatePicker.class, spec -> spec.withLabel("Từ ngày")).setValue(LocalDate.of(2020, 1, 1));
        Grid<AgencyScorecard> grid = grid(view);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(ScorecardMeasure.OVERDUE_NOW.name())).build());
        AgencyScorecard construction = rows(grid).stream().filter(row -> row.agency().code().equals("S-XD"))
                .findFirst().orElseThrow();

        List<Row> rows = xlsx(view::export);

        assertThat(header(rows)).startsWith("Cơ quan", "Từ ngày", "Đến ngày", "Trả lời đúng hạn (%)",
                "Số trả lời đúng hạn", "Số được trả lời trong kỳ");
        assertThat(values(rows, "Cơ quan")).isEqualTo(rows(grid).stream().map(row -> row.agencyName(Locale.of("vi"))).toList());
        Row row = rowWith(rows, "Cơ quan", "Sở Xây dựng");
        assertThat(dateCell(row, column(rows, "Từ ngày"))).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(row.getCell(column(rows, "Số được trả lời trong kỳ")).asNumber())
                .isEqualByComparingTo(String.valueOf(construction.onTime().denominator()));
        assertThat(row.getCell(column(rows, "DDCI chính thức: điểm")).asNumber()).isEqualByComparingTo("73.10");
        assertThat(values(rows, "Tính chất số liệu")).containsOnly(
                "Số đo nội bộ của hệ thống, KHÔNG phải kết quả DDCI chính thức");
    }

    @Test
    void anAgencyOfficersExportHoldsOnlyTheirAgencyWithEnglishHeadersInEnglish() {
        signInAs("agency");
        reloadIn(Locale.ENGLISH);
        ScorecardView view = navigateTo(ScorecardView.class);

        List<List<String>> csv = csv(view::export);

        assertThat(csv.getFirst()).startsWith("Agency", "From", "To", "Answered on time (%)");
        assertThat(csv.getFirst().getLast()).isEqualTo("What these figures are");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).getFirst()).isEqualTo("Department of Construction");
        assertThat(csv.get(1).get(1)).isEqualTo(vn.pcitracker.scorecard.ScorecardPeriod.today().withDayOfYear(1).toString());
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgencyScorecard> grid(ScorecardView view) {
        return _get(view, Grid.class);
    }
}

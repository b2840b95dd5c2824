package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.csv;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.rowWith;
import static vn.pcitracker.shared.export.ExportFiles.values;
import static vn.pcitracker.shared.export.ExportFiles.xlsx;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.indicator.ProvinceGoal;

/** The indicator module's lists written to Excel and CSV as their export buttons write them, and read back. */
class IndicatorExportViewTest extends ViewTestBase {

    @Autowired DdciService ddci;
    @Autowired PciEditionService editions;

    @Test
    void theDdciCatalogueExportHoldsTheComponentsOfTheCatalogueChosen() {
        signInAs("leader");
        DdciCatalogueView view = navigateTo(DdciCatalogueView.class);
        @SuppressWarnings("unchecked")
        Select<DdciCatalogueSummary> catalogues = _get(view, Select.class);
        DdciCatalogueSummary district = ddci.catalogues().stream().filter(c -> c.code().equals("REF-DISTRICT")).findFirst()
                .orElseThrow();
        catalogues.setValue(district);

        List<Row> rows = xlsx(view::export);

        assertThat(header(rows)).startsWith("Bộ chỉ số", "STT", "Mã", "Chỉ số thành phần (tiếng Việt)");
        assertThat(values(rows, "Bộ chỉ số")).hasSize(ddci.components(district.id()).size())
                .containsOnly(district.nameVi());
        assertThat(rows.get(1).getCell(column(rows, "STT")).getType()).isEqualTo(CellType.NUMBER);
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(DdciCatalogueView.class)::export).getFirst()).startsWith("Catalogue", "No.", "Code", "Component (Vietnamese)");
    }

    @Test
    void theDdciResultsExportFollowsTheSearchAndTheOrderShown() {
        signInAs("leader");
        DdciResultsView view = navigateTo(DdciResultsView.class);
        Grid<DdciResultSummary> grid = resultsGrid(view);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("score")).build());
        List<String> shown = rows(grid).stream().map(DdciResultSummary::unitName).toList();

        List<Row> all = xlsx(view::export);
        assertThat(values(all, "Đơn vị")).isEqualTo(shown);
        assertThat(header(all)).contains("Thứ hạng", "Điểm", "Xếp loại");
        assertThat(all.get(1).getCell(column(all, "Điểm")).getType()).isEqualTo(CellType.NUMBER);

        _get(view, TextField.class, spec -> spec.withLabel("Tìm đơn vị")).setValue("xay dung");
        assertThat(values(xlsx(view::export), "Đơn vị")).containsExactly("Sở Xây dựng");
    }

    @Test
    void anAgencyOfficersDdciResultsExportHoldsOnlyTheirOwnUnitWithEnglishHeadersInEnglish() {
        signInAs("agency");
        reloadIn(Locale.ENGLISH);
        DdciResultsView view = navigateTo(DdciResultsView.class);

        List<List<String>> csv = csv(view::export);

        assertThat(csv.getFirst()).startsWith("Year", "Level", "Catalogue", "Rank", "Unit", "Score");
        assertThat(csv.subList(1, csv.size())).isNotEmpty().allSatisfy(line -> assertThat(line.get(4)).isEqualTo("Sở Xây dựng"));
    }

    @Test
    void theProvincesResultsExportPutsThisProvinceFirstWithAColumnPerSubIndex() {
        signInAs("investment");
        PciResultImportView view = navigateTo(PciResultImportView.class);

        List<Row> rows = xlsx(view::export);

        assertThat(header(rows)).startsWith("Mã tỉnh", "Tỉnh, thành phố", "Năm", "Điểm PCI", "Xếp hạng",
                "1. Gia nhập thị trường", "2. Tiếp cận đất đai");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("hai-phong");
        Row year2022 = rows.stream().filter(row -> row.getCellText(0).equals("hai-phong") && row.getCellText(2).equals("2022"))
                .findFirst().orElseThrow();
        assertThat(year2022.getCell(5).getType()).as("a sub-index score").isEqualTo(CellType.NUMBER);
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(PciResultImportView.class)::export).getFirst())
                .startsWith("Province code", "Province", "Year", "PCI composite", "Rank", "1. Entry costs");
    }

    @Test
    void theGoalsExportListsEveryGoalNewestFirstWithItsSubIndexTargets() {
        signInAs("leader");
        PciGoalListView view = navigateTo(PciGoalListView.class);
        List<ProvinceGoal> listed = rows(_get(view, Grid.class));

        List<Row> rows = xlsx(view::export);

        assertThat(values(rows, "Năm")).isEqualTo(listed.stream().map(goal -> String.valueOf(goal.year())).toList());
        Row goal2026 = rowWith(rows, "Năm", "2026");
        assertThat(goal2026.getCell(column(rows, "1. Gia nhập thị trường")).asNumber()).isEqualByComparingTo("7.00");
        assertThat(values(rows, "Minh họa")).contains("Có");
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(PciGoalListView.class)::export).getFirst()).startsWith("Year", "Target composite", "Target rank");
    }

    @Test
    void theEditionsExportHasTheWeightsAsNumbersAndNothingWhereAnEditionHasNone() {
        signInAs("admin");
        PciEditionListView view = navigateTo(PciEditionListView.class);

        List<Row> rows = xlsx(view::export);

        assertThat(values(rows, "Năm")).hasSize(editions.editions().size());
        int land = column(rows, "2. Tiếp cận đất đai");
        assertThat(rowWith(rows, "Năm", "2021").getCell(land).asNumber()).isEqualByComparingTo("5");
        assertThat(rowWith(rows, "Năm", "2022").getCellText(land)).isEmpty();
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(PciEditionListView.class)::export).getFirst()).startsWith("Year", "1. Entry costs");
    }

    @Test
    void theOverviewTableExportFollowsTheOrderShown() {
        signInAs("leader");
        PciOverviewView view = navigateTo(PciOverviewView.class);
        PciHistoryGrid table = _get(view, PciHistoryGrid.class);

        List<Row> newestFirst = xlsx(view::export);
        assertThat(newestFirst.get(1).getCellText(0)).isEqualTo("2024");
        assertThat(newestFirst.get(1).getCell(column(newestFirst, "Điểm PCI")).asNumber()).isEqualByComparingTo("74.84");

        table.sort(GridSortOrder.asc(table.getColumns().getFirst()).build());
        List<String> years = rows(table).stream().map(year -> String.valueOf(year.year())).toList();
        assertThat(values(xlsx(view::export), "Năm")).isEqualTo(years).startsWith("2006");
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(PciOverviewView.class)::export).getFirst())
                .startsWith("Year", "PCI composite", "Rank", "Recomputed from the sub-indices");
    }

    @SuppressWarnings("unchecked")
    private static Grid<DdciResultSummary> resultsGrid(DdciResultsView view) {
        return _get(view, Grid.class);
    }
}

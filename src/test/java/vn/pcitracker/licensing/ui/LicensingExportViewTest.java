package vn.pcitracker.licensing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.shared.export.ExportFiles.column;
import static vn.pcitracker.shared.export.ExportFiles.csv;
import static vn.pcitracker.shared.export.ExportFiles.dateCell;
import static vn.pcitracker.shared.export.ExportFiles.header;
import static vn.pcitracker.shared.export.ExportFiles.values;
import static vn.pcitracker.shared.export.ExportFiles.xlsx;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.shared.importing.ImportSessions;

/** The conditional lines and the licensing procedures written as their export buttons write them, and read back. */
class LicensingExportViewTest extends ViewTestBase {

    private static final String SEARCH_LINES = "Tìm theo tên ngành, bộ quản lý";

    @Autowired ConditionalLineService lines;
    @Autowired ImportSessions sessions;

    @Test
    void theLinesExportHoldsTheLinesSearchedWithValidityAsDateCells() {
        signInAs("investment");
        int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
        String name = "Ngành xuất Excel " + number;
        ImportTestFiles.commit(sessions, lines.importDefinition(), (("legal_basis_code,number,name_vi,name_en,managing_ministry,valid_from,"
                + "valid_to,next_outcome,source_url\nLDT-2025," + number + "," + name + ",Exported line,=Bộ Tài chính,"
                + "01/03/2026,,,\n").getBytes(StandardCharsets.UTF_8)), lines::importRows);
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH_LINES)), name);

        List<Row> rows = xlsx(view::export);

        assertThat(header(rows)).startsWith("Căn cứ pháp lý", "STT", "Ngành, nghề (tiếng Việt)");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getCellText(column(rows, "Ngành, nghề (tiếng Việt)"))).isEqualTo(name);
        assertThat(rows.get(1).getCellText(column(rows, "Bộ quản lý"))).isEqualTo("'=Bộ Tài chính");
        assertThat(dateCell(rows.get(1), column(rows, "Hiệu lực từ"))).isEqualTo(LocalDate.of(2026, 3, 1));
        reloadIn(Locale.ENGLISH);
        view = navigateTo(ConditionalLineListView.class);
        _setValue(_get(view, TextField.class), name);
        List<List<String>> csv = csv(view::export);
        assertThat(csv.getFirst()).startsWith("Legal basis", "No.", "Business line (Vietnamese)");
        assertThat(csv.get(1)).contains("2026-03-01", "Exported line");
    }

    @Test
    void theLinesExportFollowsTheSearchAndTheOrderShown() {
        signInAs("leader");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.pcitracker.licensing.ConditionalLineSummary> grid = _get(view, Grid.class);
        grid.sort(GridSortOrder.desc(grid.getColumns().get(1)).build());
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH_LINES)), "bo cong an");

        List<Row> rows = xlsx(view::export);

        assertThat(values(rows, "STT")).isNotEmpty()
                .isEqualTo(rows(grid).stream().map(line -> String.valueOf(line.number())).toList());
        assertThat(values(rows, "Bộ quản lý")).containsOnly("Bộ Công an");
        assertThat(rows.get(1).getCell(column(rows, "STT")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void theProceduresExportFollowsTheSearchAndTheOrderShownWithDaysAsNumbers() {
        signInAs("leader");
        LicensingProcedureListView view = navigateTo(LicensingProcedureListView.class);
        @SuppressWarnings("unchecked")
        Grid<LicensingProcedureSummary> grid = _get(view, Grid.class);
        grid.sort(GridSortOrder.desc(grid.getColumns().get(4)).build());
        _setValue(_get(view, TextField.class), "DEMO-");

        List<Row> rows = xlsx(view::export);

        assertThat(header(rows)).startsWith("Mã thủ tục", "Tên thủ tục", "Cơ quan cấp phép", "Ngành nghề",
                "Thời hạn theo quy định (ngày)");
        assertThat(values(rows, "Mã thủ tục")).hasSizeGreaterThan(1).allSatisfy(code -> assertThat(code).startsWith("DEMO-"))
                .isEqualTo(rows(grid).stream().map(LicensingProcedureSummary::code).toList());
        assertThat(rows.get(1).getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(values(rows, "Cơ quan cấp phép")).contains("Sở Xây dựng");
        reloadIn(Locale.ENGLISH);
        assertThat(csv(navigateTo(LicensingProcedureListView.class)::export).getFirst())
                .startsWith("Procedure code", "Procedure", "Issuing agency", "Business lines", "Statutory days");
    }
}

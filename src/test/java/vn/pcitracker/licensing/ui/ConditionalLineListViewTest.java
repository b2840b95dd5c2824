package vn.pcitracker.licensing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.ImportProblem;
import vn.pcitracker.licensing.LegalBasisSummary;

class ConditionalLineListViewTest extends ViewTestBase {

    private static final String HEADER =
            "legal_basis_code,number,name_vi,name_en,managing_ministry,valid_from,valid_to,next_outcome,source_url\n";

    @Test
    void searchingWithoutDiacriticsWithinAppendixIvFindsThePawnLine() {
        signInAs("leader");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);

        Select<LegalBasisSummary> basis = _get(view, Select.class);
        _setValue(basis, basis.getListDataView().getItems().filter(b -> b.code().equals("LDT-2020-PL4")).findFirst().orElseThrow());
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tên ngành, bộ quản lý")), "cam do");

        assertThat(rows(grid(view))).extracting(ConditionalLineSummary::number, ConditionalLineSummary::nameVi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Kinh doanh dịch vụ cầm đồ"));
        Grid<ConditionalLineSummary> lines = grid(view);
        int became = lines.getColumns().indexOf(lines.getColumns().stream()
                .filter(column -> "Trở thành".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(lines, 0).get(became))
                .as("a line with no successor renders an empty cell").isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withText("Nhập CSV")))
                .as("a leader reads but does not import").allSatisfy(button -> assertThat(button.isVisible()).isFalse());
    }

    @Test
    void anOfficerImportsAFileSeesTheRefusedLinesThenTheCountsOfTheCorrectedFile() {
        signInAs("investment");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
        String name = "Ngành nhập từ giao diện " + number;

        _click(_get(view, Button.class, spec -> spec.withText("Nhập CSV")));
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.receive(csv(HEADER + "LDT-2025," + number + "," + name + ",,,32/01/2026,,,\n"));

        assertThat(dialog.shownProblems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "valid_from"));
        assertThat(dialog.shownOutcome()).startsWith("Tệp bị từ chối");

        dialog.receive(csv(HEADER + "LDT-2025," + number + "," + name + ",,,01/03/2026,,KEPT,\n"));

        assertThat(dialog.shownOutcome()).isEqualTo("Đã nhập: 1 ngành mới, 0 ngành cập nhật, 0 ngành không đổi");
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tên ngành, bộ quản lý")), name);
        assertThat(rows(grid(view))).extracting(ConditionalLineSummary::nameVi).containsExactly(name);
    }

    @Test
    void aLineImportedWithItsSuccessorShowsWhatItBecameInTheLaterLaw() {
        signInAs("investment");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
        String name = "Ngành thu hẹp qua giao diện " + number;

        _click(_get(view, Button.class, spec -> spec.withText("Nhập CSV")));
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.receive(csv(HEADER.strip() + ",next_legal_basis_code,next_number\n"
                + "LDT-2025," + number + "," + name + " (mới),,,01/03/2026,,,,,\n"
                + "LAW-90-2025," + number + "," + name + ",,,,,NARROWED,,LDT-2025," + number + "\n"));
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tên ngành, bộ quản lý")), name);

        Grid<ConditionalLineSummary> grid = grid(view);
        ConditionalLineSummary narrowed = rows(grid).stream().filter(line -> line.nameVi().equals(name)).findFirst().orElseThrow();
        int became = grid.getColumns().indexOf(grid.getColumns().stream()
                .filter(column -> "Trở thành".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, rows(grid).indexOf(narrowed)).get(became))
                .isEqualTo("Luật Đầu tư (thông qua ngày 11/12/2025) · số " + number);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ConditionalLineSummary> grid(ConditionalLineListView view) {
        return _get(view, Grid.class);
    }
}

package vn.pcitracker.licensing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.ConditionalLineDraft;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ui.ImportWizard;

class ConditionalLineListViewTest extends ViewTestBase {

    private static final String HEADER =
            "legal_basis_code,number,name_vi,name_en,managing_ministry,valid_from,valid_to,next_outcome,source_url";
    private static final String SEARCH = "Tìm theo tên ngành, bộ quản lý";

    @Test
    void searchingWithoutDiacriticsWithinAppendixIvFindsThePawnLine() {
        signInAs("leader");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);

        Select<LegalBasisSummary> basis = _get(view, Select.class);
        _setValue(basis, basis.getListDataView().getItems().filter(b -> b.code().equals("LDT-2020-PL4")).findFirst().orElseThrow());
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH)), "cam do");

        assertThat(rows(grid(view))).extracting(ConditionalLineSummary::number, ConditionalLineSummary::nameVi)
                .containsExactly(tuple(4, "Kinh doanh dịch vụ cầm đồ"));
        Grid<ConditionalLineSummary> lines = grid(view);
        int became = lines.getColumns().indexOf(lines.getColumns().stream()
                .filter(column -> "Trở thành".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(lines, 0).get(became))
                .as("a line with no successor renders an empty cell").isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withText("Nhập từ tệp")))
                .as("a leader reads but does not import").allSatisfy(button -> assertThat(button.isVisible()).isFalse());
    }

    @Test
    void anOfficerSeesTheRefusedRowsThenImportsTheCorrectedFileAndFollowsTheLinkToTheLine() {
        signInAs("investment");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
        String name = "Ngành nhập từ giao diện " + number;

        _click(_get(view, Button.class, spec -> spec.withText("Nhập từ tệp")));
        ImportWizard<ConditionalLineDraft> wizard = ImportWizards.opened();
        wizard.receive(ImportTestFiles.csv(HEADER, "LDT-2025," + number + "," + name + ",,,32/01/2026,,,"), "lines.csv");
        ImportPreview<ConditionalLineDraft> refused = wizard.check();

        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "valid_from"));

        wizard.receive(ImportTestFiles.xlsx(HEADER, "LDT-2025," + number + "," + name + ",,,01/03/2026,,KEPT,"),
                "lines.xlsx");
        assertThat(wizard.check().records()).extracting(ConditionalLineDraft::nameVi).containsExactly(name);
        ImportResult result = ImportWizards.confirm(wizard);

        assertThat(ImportWizards.outcome(wizard)).isEqualTo("Đã nhập: 1 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        assertThat(rows(grid(view))).extracting(ConditionalLineSummary::nameVi).contains(name);
        ImportWizards.follow(result.links().getFirst());
        ConditionalLineListView linked = _get(ConditionalLineListView.class);
        assertThat(_get(linked, TextField.class, spec -> spec.withPlaceholder(SEARCH)).getValue()).isEqualTo(name);
        assertThat(rows(grid(linked))).extracting(ConditionalLineSummary::nameVi).containsExactly(name);
    }

    @Test
    void aLineImportedWithItsSuccessorShowsWhatItBecameInTheLaterLaw() {
        signInAs("investment");
        ConditionalLineListView view = navigateTo(ConditionalLineListView.class);
        int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
        String name = "Ngành thu hẹp qua giao diện " + number;

        _click(_get(view, Button.class, spec -> spec.withText("Nhập từ tệp")));
        ImportWizard<ConditionalLineDraft> wizard = ImportWizards.opened();
        wizard.receive(ImportTestFiles.csv(HEADER + ",next_legal_basis_code,next_number",
                "LDT-2025," + number + "," + name + " (mới),,,01/03/2026,,,,,",
                "LAW-90-2025," + number + "," + name + ",,,,,NARROWED,,LDT-2025," + number), "lines.csv");
        wizard.check();
        ImportWizards.confirm(wizard);
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH)), name);

        Grid<ConditionalLineSummary> grid = grid(view);
        ConditionalLineSummary narrowed = rows(grid).stream().filter(line -> line.nameVi().equals(name)).findFirst().orElseThrow();
        int became = grid.getColumns().indexOf(grid.getColumns().stream()
                .filter(column -> "Trở thành".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, rows(grid).indexOf(narrowed)).get(became))
                .isEqualTo("Luật Đầu tư (thông qua ngày 11/12/2025) · số " + number);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ConditionalLineSummary> grid(ConditionalLineListView view) {
        return _get(view, Grid.class);
    }
}

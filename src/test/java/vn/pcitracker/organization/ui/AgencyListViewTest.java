package vn.pcitracker.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ui.ImportWizard;

class AgencyListViewTest extends ViewTestBase {

    @Autowired AgencyService agencies;

    private AgencyListView view;

    @BeforeEach
    void openAsAdministrator() {
        signInAs("admin");
        view = navigateTo(AgencyListView.class);
    }

    @Test
    void searchingWithoutDiacriticsFindsSoXayDung() {
        search("so xay dung");

        assertThat(rows(grid())).extracting(AgencySummary::code, AgencySummary::nameVi)
                .contains(tuple("S-XD", "Sở Xây dựng"));
    }

    @Test
    void retiredAgenciesAppearOnlyWhenTheUserAsksForThem() {
        search("so giao thong van tai");
        assertThat(codes()).doesNotContain("S-GTVT");

        _setValue(_get(view, Checkbox.class, spec -> spec.withLabel("Hiện cả đơn vị đã giải thể, sáp nhập")), true);

        assertThat(codes()).contains("S-GTVT");
    }

    @Test
    void aDuplicateCodeIsShownOnTheCodeFieldAndNothingIsSaved() {
        String name = "Đơn vị trùng mã " + UUID.randomUUID().toString().substring(0, 8);
        _click(_get(view, Button.class, spec -> spec.withText("Thêm mới")));
        AgencyFormDialog dialog = _get(AgencyFormDialog.class);
        TextField code = _get(dialog, TextField.class, spec -> spec.withLabel("Mã"));
        _setValue(code, "S-XD");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tên tiếng Việt")), name);
        @SuppressWarnings("unchecked")
        ComboBox<AgencyKind> kind = _get(dialog, ComboBox.class, spec -> spec.withLabel("Loại"));
        _setValue(kind, AgencyKind.DEPARTMENT);

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Mã S-XD đã được dùng");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(agencies.search(name, true)).isEmpty();
    }

    @Test
    void anAdministratorImportsAgenciesFromAFileAfterSeeingItsProblemsAndFollowsTheLinkToTheNewOne() {
        String code = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        _click(_get(view, Button.class, spec -> spec.withText("Nhập từ tệp")));
        ImportWizard<OrganizationImportRow> wizard = ImportWizards.opened();

        wizard.receive(ImportTestFiles.csv("Mã,Tên tiếng Việt,Loại", code + ",Ban nhập thử,Nhà máy"), "don-vi.csv");
        assertThat(wizard.check().problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "kind"));
        wizard.receive(ImportTestFiles.csv("Mã,Tên tiếng Việt,Loại", code + ",Ban nhập thử,ban quan ly"), "don-vi.csv");
        assertThat(wizard.check().records()).extracting(OrganizationImportRow::action)
                .containsExactly(OrganizationImportRow.Action.CREATE);
        ImportResult result = ImportWizards.confirm(wizard);

        assertThat(ImportWizards.outcome(wizard)).isEqualTo("Đã nhập: 1 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        assertThat(codes()).contains(code);
        ImportWizards.follow(result.links().getFirst());
        view = _get(AgencyListView.class);
        assertThat(codes()).containsExactly(code);
        assertThat(agencies.findByCode(code).orElseThrow().kind()).isEqualTo(AgencyKind.BOARD);
    }

    private void search(String text) {
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tên hoặc mã")), text);
    }

    @SuppressWarnings("unchecked")
    private Grid<AgencySummary> grid() {
        return _get(view, Grid.class);
    }

    private List<String> codes() {
        return rows(grid()).stream().map(AgencySummary::code).toList();
    }
}

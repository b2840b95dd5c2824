package vn.pcitracker.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.importing.ui.ImportWizard;

class AssociationListViewTest extends ViewTestBase {

    @Test
    void anAdministratorImportsAnAssociationFromAnExcelFileAndTheListShowsIt() {
        signInAs("admin");
        AssociationListView view = navigateTo(AssociationListView.class);
        String code = "HH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        _click(_get(view, Button.class, spec -> spec.withText("Nhập từ tệp")));
        ImportWizard<OrganizationImportRow> wizard = ImportWizards.opened();

        wizard.receive(ImportTestFiles.xlsx("Mã,Tên tiếng Việt,Lĩnh vực", code + ",Hiệp hội nhập thử,Du lịch"), "hh.xlsx");
        assertThat(wizard.check().valid()).isTrue();
        ImportWizards.confirm(wizard);

        assertThat(ImportWizards.outcome(wizard)).isEqualTo("Đã nhập: 1 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        @SuppressWarnings("unchecked")
        Grid<AssociationSummary> grid = _get(view, Grid.class);
        assertThat(rows(grid)).extracting(AssociationSummary::code).contains(code);
    }
}

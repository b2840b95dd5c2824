package vn.pcitracker.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.organization.TestTaxCodes;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ui.ImportWizard;

class EnterpriseListViewTest extends ViewTestBase {

    private static final String HEADER = "Mã số thuế,Tên doanh nghiệp,Địa chỉ";

    @Test
    void anInvestmentOfficerSeesAWrongTaxCodeThenImportsTheCorrectedFileAndFollowsTheLink() {
        signInAs("investment");
        EnterpriseListView view = navigateTo(EnterpriseListView.class);
        String taxCode = TestTaxCodes.fresh();
        _click(_get(view, Button.class, spec -> spec.withText("Nhập từ tệp")));
        ImportWizard<OrganizationImportRow> wizard = ImportWizards.opened();

        wizard.receive(ImportTestFiles.csv(HEADER, "0299000098,Công ty nhập thử,Số 9 đường Mẫu"), "dn.csv");
        assertThat(wizard.check().problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "tax_code"));
        wizard.receive(ImportTestFiles.csv(HEADER, taxCode + ",Công ty nhập thử,Số 9 đường Mẫu"), "dn.csv");
        wizard.check();
        ImportResult result = ImportWizards.confirm(wizard);

        assertThat(result.created()).isEqualTo(1);
        ImportWizards.follow(result.links().getFirst());
        @SuppressWarnings("unchecked")
        Grid<EnterpriseSummary> grid = _get(_get(EnterpriseListView.class), Grid.class);
        assertThat(rows(grid)).extracting(EnterpriseSummary::taxCode).containsExactly(taxCode);
    }
}

package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.organization.OrganizationTestSupport.uniqueCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSessions;

/** Associations from Excel and CSV files, through the rules of the administrator's form. */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class AssociationImportTest {

    private static final String HEADER = "code,name_vi,name_en,tax_code,sector,contact_name,contact_phone,contact_email";

    @Autowired AssociationService associations;
    @Autowired ImportSessions sessions;

    @Test
    void anExcelFileCreatesOneAssociationAndUpdatesAnotherByItsCodeWhateverTheCase() {
        String created = uniqueCode("HH");
        String stored = uniqueCode("HD");
        String taxCode = TestTaxCodes.fresh();
        associations.create(new AssociationForm(stored, "Hội thử", null, null, "Đa ngành", null, null, null));
        byte[] file = ImportTestFiles.xlsx("Mã *,Tên tiếng Việt *,Mã số thuế,Lĩnh vực,Thư điện tử",
                created + ",Hiệp hội thử nhập," + taxCode.substring(0, 4) + " " + taxCode.substring(4) + ",Logistics,",
                stored.toLowerCase() + ",Hội thử (đổi tên),,,lienhe@hoithu.example");

        ImportResult result = commit(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(associations.findByCode(created).orElseThrow().taxCode()).isEqualTo(taxCode);
        AssociationSummary renamed = associations.findByCode(stored).orElseThrow();
        assertThat(renamed.nameVi()).isEqualTo("Hội thử (đổi tên)");
        assertThat(renamed.sector()).as("a blank cell keeps the stored value").isEqualTo("Đa ngành");
        assertThat(renamed.contactEmail()).isEqualTo("lienhe@hoithu.example");
    }

    @Test
    void aWrongTaxCodeOrEMailOrACodeTwiceIsShownByRowAndColumnAndNothingIsStored() {
        String good = uniqueCode("OK");
        byte[] file = ImportTestFiles.csv(HEADER,
                good + ",Hội tốt,,,,,,",
                uniqueCode("TX") + ",Hội mã số thuế sai,,0299000001,,,,",
                uniqueCode("EM") + ",Hội thư sai,,,,,,khong-phai-thu",
                good.toLowerCase() + ",Hội trùng mã,,,,,,",
                uniqueCode("NN") + ",,,,,,,");

        ImportPreview<OrganizationImportRow> preview = preview(file);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "tax_code", ImportProblems.NOT_A_TAX_CODE),
                        tuple(4, "contact_email", "organization.AssociationService.emailInvalid"),
                        tuple(5, "code", ImportProblems.DUPLICATE),
                        tuple(6, "name_vi", ImportProblems.REQUIRED));
        assertThat(commit(file).accepted()).isFalse();
        assertThat(associations.findByCode(good)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "INVESTMENT_OFFICER")
    void onlyAdministratorsImportAssociations() {
        assertThatThrownBy(() -> associations.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> associations.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportPreview<OrganizationImportRow> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, associations.importDefinition(), file, associations::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, associations.importDefinition(), file, associations::importRows);
    }
}

package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import vn.pcitracker.shared.importing.TaxCodes;

/** Enterprises from Excel and CSV files by tax code, through the rules of the officers' form. */
@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class EnterpriseImportTest {

    private static final String HEADER = "tax_code,name,address,sector,contact_name,contact_phone,contact_email";

    @Autowired EnterpriseService enterprises;
    @Autowired ImportSessions sessions;

    @Test
    void aCsvFileCreatesAndUpdatesByTaxCodeAndTheSameExcelFileThenChangesNothing() {
        String created = TestTaxCodes.fresh();
        String stored = TestTaxCodes.fresh();
        enterprises.create(new EnterpriseForm(stored, "Công ty thử", "Logistics", null, null, null, null));
        String[] file = {HEADER,
                created + ",Công ty TNHH Thử Nhập,Số 1 đường Mẫu,Cơ khí,,,",
                stored.substring(0, 4) + " " + stored.substring(4) + ",Công ty thử (đổi tên),Số 2 đường Mẫu,,,,"};

        ImportResult first = commit(ImportTestFiles.csv(file));
        ImportResult again = commit(ImportTestFiles.xlsx(file));

        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.updated()).isEqualTo(1);
        assertThat(first.links()).extracting(link -> link.location()).contains("enterprises?q=" + stored);
        assertThat(again.unchanged()).isEqualTo(2);
        EnterpriseSummary renamed = enterprises.findByTaxCode(stored).orElseThrow();
        assertThat(renamed.name()).isEqualTo("Công ty thử (đổi tên)");
        assertThat(renamed.sector()).isEqualTo("Logistics");
        assertThat(enterprises.findByTaxCode(created).orElseThrow().address()).isEqualTo("Số 1 đường Mẫu");
    }

    @Test
    void aRegisteredFirmWhoseCodeFailsTheCheckDigitIsUpdatedNotRefused() {
        String legacy = "0299000097";
        assertThat(TaxCodes.isValid(legacy)).isFalse();
        if (enterprises.findByTaxCode(legacy).isEmpty()) {
            enterprises.create(new EnterpriseForm(legacy, "Công ty mã cũ", "Logistics", null, null, null, null));
        }

        ImportResult result = commit(ImportTestFiles.csv(HEADER, legacy + ",Công ty mã cũ (đổi tên),,,,,"));

        assertThat(result.problems()).isEmpty();
        assertThat(enterprises.findByTaxCode(legacy).orElseThrow().name()).isEqualTo("Công ty mã cũ (đổi tên)");
    }

    @Test
    void everyProblemIsShownByRowAndColumnAndNothingIsStored() {
        String good = TestTaxCodes.fresh();
        byte[] file = ImportTestFiles.csv(HEADER,
                good + ",Công ty tốt,,,,,",
                "0299000098,Mã số thuế sai,,,,,",
                TestTaxCodes.fresh() + ",,,,,,",
                TestTaxCodes.fresh() + ",Thư sai,,,,,khong-phai-thu",
                good + ",Trùng mã số thuế,,,,,");

        ImportPreview<OrganizationImportRow> preview = preview(file);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "tax_code", ImportProblems.NOT_A_TAX_CODE),
                        tuple(4, "name", ImportProblems.REQUIRED),
                        tuple(5, "contact_email", "organization.EnterpriseService.emailInvalid"),
                        tuple(6, "tax_code", ImportProblems.DUPLICATE));
        assertThat(commit(file).accepted()).isFalse();
        assertThat(enterprises.findByTaxCode(good)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ASSOCIATION_REP")
    void associationRepresentativesDoNotImportEnterprises() {
        assertThatThrownBy(() -> enterprises.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportPreview<OrganizationImportRow> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, enterprises.importDefinition(), file, enterprises::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, enterprises.importDefinition(), file, enterprises::importRows);
    }
}

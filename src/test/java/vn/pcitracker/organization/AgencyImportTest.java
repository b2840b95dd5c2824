package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.organization.OrganizationTestSupport.uniqueCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportSessions;

/** Agencies from Excel and CSV files, through the rules of the administrator's form; each test has its own codes. */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class AgencyImportTest {

    private static final String HEADER = "code,name_vi,name_en,kind,parent_code,valid_from,valid_to";

    @Autowired AgencyService agencies;
    @Autowired ImportSessions sessions;

    @Test
    void aFileCreatesAndUpdatesByCodeMatchingKindsAndParentsIgnoringCaseAndDiacritics() {
        String ward = uniqueCode("P");
        String office = uniqueCode("VP");
        String stored = uniqueCode("B");
        agencies.create(new AgencyForm(stored, "Ban thử nhập", null, AgencyKind.BOARD, null, null, null, List.of()));
        String[] file = {HEADER,
                ward + ",Phường Thử Nhập,Test Ward,phuong,,01/07/2025,",
                office + ",Văn phòng thử,,VAN PHONG UBND," + ward.toLowerCase() + ",,",
                stored.toLowerCase() + ",Ban thử nhập,Test board,BOARD,so xay dung,,"};

        ImportPreview<OrganizationImportRow> preview = preview(ImportTestFiles.csv(file));
        ImportResult imported = commit(ImportTestFiles.csv(file));
        ImportResult again = commit(ImportTestFiles.xlsx(file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).extracting(OrganizationImportRow::key, OrganizationImportRow::action)
                .containsExactly(tuple(ward, OrganizationImportRow.Action.CREATE),
                        tuple(office, OrganizationImportRow.Action.CREATE),
                        tuple(stored.toLowerCase(), OrganizationImportRow.Action.UPDATE));
        assertThat(imported.created()).isEqualTo(2);
        assertThat(imported.updated()).isEqualTo(1);
        assertThat(imported.links()).extracting(link -> link.location()).contains("admin/agencies?q=" + stored);
        assertThat(again.unchanged()).as("the same rows from Excel change nothing").isEqualTo(3);
        AgencySummary wardSaved = agencies.findByCode(ward).orElseThrow();
        assertThat(wardSaved.kind()).isEqualTo(AgencyKind.WARD);
        assertThat(wardSaved.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(agencies.findByCode(office).orElseThrow().parentId()).isEqualTo(wardSaved.id());
        assertThat(agencies.findByCode(office).orElseThrow().kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE_OFFICE);
        AgencySummary board = agencies.findByCode(stored).orElseThrow();
        assertThat(board.nameEn()).isEqualTo("Test board");
        assertThat(board.parentId()).isEqualTo(agencies.findByCode("S-XD").orElseThrow().id());
    }

    @Test
    void everyProblemIsShownByRowAndColumnAndNothingIsStored() {
        String good = uniqueCode("G");
        String taken = uniqueCode("T");
        agencies.create(new AgencyForm(taken, "Đơn vị có sẵn", null, AgencyKind.BOARD, null, null, null, List.of()));
        byte[] file = ImportTestFiles.csv(HEADER,
                good + ",Đơn vị tốt,,DEPARTMENT,,,",
                uniqueCode("K") + ",Loại lạ,,NHA MAY,,,",
                uniqueCode("D") + ",Ngày ngược,,BOARD,,01/01/2026,31/12/2025",
                good + ",Trùng mã,,BOARD,,,",
                uniqueCode("P") + ",Cấp trên lạ,,BOARD,KHONG-CO-DON-VI-NAY,,",
                taken + ",Đơn vị có sẵn,,BOARD,,,31/12/2025");

        ImportPreview<OrganizationImportRow> preview = preview(file);
        ImportResult result = commit(file);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "kind", "organization.AgencyImport.unknownKind"),
                        tuple(4, "valid_to", "organization.AgencyService.validToBeforeValidFrom"),
                        tuple(5, "code", ImportProblems.DUPLICATE),
                        tuple(6, "parent_code", ImportProblems.UNKNOWN),
                        tuple(7, "valid_to", "organization.AgencyImport.retireInList"));
        assertThat(result.accepted()).isFalse();
        assertThat(agencies.findByCode(good)).isEmpty();
    }

    @Test
    void aRowTheFormWouldRefuseRollsBackTheRowsStoredBeforeIt() {
        String first = uniqueCode("F");
        String tooLong = "X".repeat(AgencyForm.CODE_MAX + 1);

        ImportResult result = agencies.importRows(List.of(
                new ImportRow(2, Map.of("code", first, "name_vi", "Đơn vị đầu", "kind", "BOARD")),
                new ImportRow(3, Map.of("code", tooLong, "name_vi", "Mã quá dài", "kind", "BOARD"))),
                ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "code", "shared.validation.tooLong"));
        assertThat(agencies.findByCode(first)).as("all rows or none").isEmpty();
    }

    @Test
    void theReferenceFileWithItsCommentsImportsWithoutCreatingAnything() throws Exception {
        ImportPreview<OrganizationImportRow> preview = preview(Files.readAllBytes(Path.of("data/reference/agencies.csv")));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).isNotEmpty()
                .noneMatch(row -> row.action() == OrganizationImportRow.Action.CREATE);
    }

    @Test
    @WithMockUser(roles = "INVESTMENT_OFFICER")
    void onlyAdministratorsImportAgencies() {
        assertThatThrownBy(() -> agencies.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agencies.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportPreview<OrganizationImportRow> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, agencies.importDefinition(), file, agencies::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, agencies.importDefinition(), file, agencies::importRows);
    }
}

package vn.pcitracker.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ImportTemplate;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class ConditionalLineServiceTest {

    private static final String HEADER =
            "legal_basis_code,number,name_vi,name_en,managing_ministry,valid_from,valid_to,next_outcome,source_url";

    @Autowired ConditionalLineService lines;
    @Autowired ReferenceDataService referenceData;
    @Autowired ImportSessions sessions;
    @Autowired ModuleTranslationProvider translations;

    @Test
    void theSourcedSubsetOfAppendixIvIsLoadedWithItsLegalBases() {
        assertThat(lines.legalBases()).extracting(LegalBasisSummary::code)
                .contains("LDT-2020-PL4", "LAW-90-2025", "LDT-2025");
        assertThat(lines.legalBases()).filteredOn(basis -> basis.code().equals("LDT-2025"))
                .extracting(LegalBasisSummary::effectiveFrom).containsExactly(LocalDate.of(2026, 3, 1));
        long appendixIv = basisId("LDT-2020-PL4");
        assertThat(lines.search("", appendixIv)).filteredOn(line -> line.number() == 4)
                .extracting(ConditionalLineSummary::nameVi).containsExactly("Kinh doanh dịch vụ cầm đồ");
    }

    @Test
    void searchIgnoresCaseAndVietnameseDiacritics() {
        assertThat(lines.search("KINH DOANH DICH VU CAM DO", basisId("LDT-2020-PL4")))
                .extracting(ConditionalLineSummary::nameVi).containsExactly("Kinh doanh dịch vụ cầm đồ");
        assertThat(lines.search("hanh nghe cong chung", null)).extracting(ConditionalLineSummary::number).contains(10);
    }

    @Test
    void aFileWithOneBrokenRowIsRefusedWholeAndEveryProblemNamesItsRowAndColumn() {
        int first = freeNumber();
        String name = "Ngành thử nhập " + first;
        String[] file = {HEADER,
                "LAW-90-2025," + first + "," + name + ",,Bộ Công Thương,01/01/2026,,,",
                "LAW-90-2025," + (first + 1) + ",,,,31/02/2026,,GONE,",
                "NO-SUCH-LAW,x,Tên,,,,,,"};

        for (byte[] bytes : List.of(ImportTestFiles.csv(file), ImportTestFiles.xlsx(file))) {
            ImportPreview<ConditionalLineDraft> preview = preview(bytes);
            ImportResult result = commit(bytes);

            assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactlyInAnyOrder(
                    tuple(3, "name_vi"), tuple(3, "valid_from"), tuple(3, "next_outcome"),
                    tuple(4, "legal_basis_code"), tuple(4, "number"));
            assertThat(result.accepted()).as("the import checks again and refuses").isFalse();
        }
        assertThat(lines.search(name, null)).as("the good first row is not written either").isEmpty();
    }

    @Test
    void aCsvWithBomAndVietnameseDatesIsImportedAndTheSameRowsFromExcelChangeNothing() {
        int number = freeNumber();
        String name = "Kinh doanh thử nghiệm nhập khẩu " + number;
        String[] rows = {HEADER,
                "LDT-2025," + number + "," + name + ",Test line,Bộ Tài chính,01/03/2026,31/12/2030,narrowed,https://example.org",
                "LDT-2025," + (number + 1) + "," + name + " b,,,2026-03-01,,,"};
        byte[] csv = ImportTestFiles.csv(rows);
        csv = ("\uFEFF" + new String(csv, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportResult first = commit(csv);
        ImportResult second = commit(ImportTestFiles.xlsx(rows));

        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.links().getFirst().location()).startsWith("licensing/lines?q=Kinh%20doanh");
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        ConditionalLineSummary line = lines.search(name, basisId("LDT-2025")).getFirst();
        assertThat(line.number()).isEqualTo(number);
        assertThat(line.validFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(line.validTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(line.nextOutcome()).isEqualTo(LineOutcome.NARROWED);
        assertThat(line.legalBasisCode()).isEqualTo("LDT-2025");
    }

    @Test
    void legalBasesAndOutcomesAreMatchedIgnoringCaseAndDiacritics() {
        int number = freeNumber();
        String name = "Ngành khớp tên " + number;
        byte[] file = ImportTestFiles.csv(HEADER,
                "ldt-2025," + number + "," + name + ",,,,,thu hep pham vi,",
                "\"luat dau tu (thong qua ngay 11/12/2025)\"," + (number + 1) + "," + name + " b,,,,,CHUYỂN SANG HẬU KIỂM,");

        ImportPreview<ConditionalLineDraft> preview = preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).extracting(ConditionalLineDraft::legalBasisCode, ConditionalLineDraft::nextOutcome,
                ConditionalLineDraft::stored).containsExactly(tuple("LDT-2025", LineOutcome.NARROWED, false),
                        tuple("LDT-2025", LineOutcome.MOVED_TO_POST_INSPECTION, false));
    }

    @Test
    void aLineNarrowedIntoALaterLegalBasisPointsAtItsSuccessorWhichMayComeLaterInTheFile() {
        int number = freeNumber();
        String older = "Ngành trước khi thu hẹp " + number;
        byte[] file = ImportTestFiles.csv(HEADER + ",next_legal_basis_code,next_number",
                "LAW-90-2025," + number + "," + older + ",,,,28/02/2026,NARROWED,,LDT-2025," + number,
                "LDT-2025," + number + ",Ngành sau khi thu hẹp " + number + ",,,01/03/2026,,,,,");

        ImportResult first = commit(file);
        ImportResult again = commit(file);

        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        assertThat(again.unchanged()).as("linking is idempotent").isEqualTo(2);
        ConditionalLineSummary before = lines.search(older, basisId("LAW-90-2025")).getFirst();
        ConditionalLineSummary after = lines.findAll(List.of(before.nextLineId())).getFirst();
        assertThat(after.legalBasisCode()).isEqualTo("LDT-2025");
        assertThat(after.number()).isEqualTo(number);
        assertThat(before.nextOutcome()).isEqualTo(LineOutcome.NARROWED);
    }

    @Test
    void aFileNamingNoNextLineLeavesTheLinksAsTheyWere() {
        int number = freeNumber();
        String older = "Ngành giữ liên kết " + number;
        commit(ImportTestFiles.csv(HEADER + ",next_legal_basis_code,next_number",
                "LAW-90-2025," + number + "," + older + ",,,,,KEPT,,LDT-2025," + number,
                "LDT-2025," + number + "," + older + " (mới),,,,,,,,"));

        ImportResult renamed = commit(ImportTestFiles.csv(HEADER + ",next_legal_basis_code,next_number",
                "LAW-90-2025," + number + "," + older + " (đổi tên),,,,,KEPT,,,"));

        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(lines.search(older + " (đổi tên)", null).getFirst().nextLineId()).isNotNull();
    }

    @Test
    void aSuccessorThatIsNowhereOrInTheSameBasisOrOfARemovedLineIsRefused() {
        int number = freeNumber();
        byte[] file = ImportTestFiles.csv(HEADER + ",next_legal_basis_code,next_number",
                "LAW-90-2025," + number + ",Ngành A " + number + ",,,,,NARROWED,,LDT-2025,99999",
                "LAW-90-2025," + (number + 1) + ",Ngành B " + number + ",,,,,KEPT,,LAW-90-2025," + number,
                "LAW-90-2025," + (number + 2) + ",Ngành C " + number + ",,,,,REMOVED,,LDT-2025,1",
                "LAW-90-2025," + (number + 3) + ",Ngành D " + number + ",,,,,KEPT,,,x");

        ImportResult result = commit(file);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactlyInAnyOrder(
                tuple(2, "next_number"), tuple(3, "next_legal_basis_code"), tuple(4, "next_outcome"),
                tuple(5, "next_number"));
        assertThat(lines.search("Ngành B " + number, null)).isEmpty();
    }

    @Test
    void aLineTwiceInTheFileIsNamedWithTheRowItFirstAppearsOn() {
        int number = freeNumber();
        byte[] file = ImportTestFiles.csv(HEADER,
                "LDT-2025," + number + ",Ngành X,,,,,,", "ldt-2025," + number + ",Ngành Y,,,,,,");

        assertThat(preview(file).problems()).containsExactly(
                new ImportProblem(3, "number", ImportProblems.DUPLICATE, String.valueOf(number), 2));
    }

    @Test
    void aMissingRequiredColumnRefusesTheWholeFileWhileOptionalColumnsMayBeLeftOut() {
        ImportResult missing = commit(ImportTestFiles.csv("legal_basis_code,number,name_en", "LDT-2025,1,Name"));
        ImportPreview<ConditionalLineDraft> minimal = preview(ImportTestFiles.csv("legal_basis_code,number,name_vi",
                "LDT-2025," + freeNumber() + ",Tên"));

        assertThat(missing.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(0, "importing.ImportSessions.missingColumn"));
        assertThat(minimal.valid()).isTrue();
    }

    @Test
    void theReferenceFileWithItsCommentLinesAndTheExcelTemplateImportWithoutChangingAnything() throws IOException {
        byte[] reference = Files.readAllBytes(Path.of("data/reference/conditional_lines.csv"));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ImportTemplate.write(lines.importDefinition(), ExportFormat.XLSX, template, Locale.of("vi"),
                key -> translations.getTranslation(key, Locale.of("vi")));

        ImportResult fromReference = commit(reference);
        ImportResult fromTemplate = commit(template.toByteArray());

        assertThat(fromReference.problems()).isEmpty();
        assertThat(fromReference.created() + fromReference.updated()).isZero();
        assertThat(fromReference.unchanged()).isGreaterThanOrEqualTo(6);
        assertThat(fromTemplate.problems()).isEmpty();
        assertThat(fromTemplate.unchanged()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsTheCatalogueButCannotImport() {
        assertThat(lines.search("", null)).isNotEmpty();
        assertThatThrownBy(() -> lines.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lines.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void reloadingTheReferenceDataChangesNothing() {
        referenceData.reload();
        var again = referenceData.reload();

        LoadResult bases = again.stream().filter(r -> r.dataSet().equals("reference/legal_bases.csv")).findFirst().orElseThrow();
        LoadResult catalogue = again.stream().filter(r -> r.dataSet().equals("reference/conditional_lines.csv")).findFirst().orElseThrow();
        assertThat(bases.inserted() + bases.updated()).isZero();
        assertThat(bases.unchanged()).isEqualTo(3);
        assertThat(catalogue.inserted() + catalogue.updated()).isZero();
        assertThat(catalogue.unchanged()).isGreaterThanOrEqualTo(6);
    }

    private ImportPreview<ConditionalLineDraft> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, lines.importDefinition(), file, lines::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, lines.importDefinition(), file, lines::importRows);
    }

    private long basisId(String code) {
        return lines.legalBases().stream().filter(basis -> basis.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** Numbers far above the real catalogue, so test lines never collide with each other or the reference data. */
    private static int freeNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
    }
}

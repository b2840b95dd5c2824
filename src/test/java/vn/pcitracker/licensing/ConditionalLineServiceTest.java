package vn.pcitracker.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class ConditionalLineServiceTest {

    private static final String HEADER =
            "legal_basis_code,number,name_vi,name_en,managing_ministry,valid_from,valid_to,next_outcome,source_url\n";

    @Autowired ConditionalLineService lines;
    @Autowired ReferenceDataService referenceData;

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
    void aFileWithOneBrokenRowIsRefusedWholeAndEveryProblemNamesItsLineAndColumn() {
        int first = freeNumber();
        String name = "Ngành thử nhập " + first;
        String csv = HEADER
                + "LAW-90-2025," + first + "," + name + ",,Bộ Công Thương,01/01/2026,,,\n"
                + "LAW-90-2025," + (first + 1) + ",,,,31/02/2026,,GONE,\n"
                + "NO-SUCH-LAW,x,Tên,,,,,,\n";

        ImportResult result = lines.importCsv(stream(csv));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, "name_vi"), org.assertj.core.groups.Tuple.tuple(3L, "valid_from"),
                org.assertj.core.groups.Tuple.tuple(3L, "next_outcome"),
                org.assertj.core.groups.Tuple.tuple(4L, "legal_basis_code"), org.assertj.core.groups.Tuple.tuple(4L, "number"));
        assertThat(lines.search(name, null)).as("the good first row is not written either").isEmpty();
    }

    @Test
    void aFileWithBomAndVietnameseDatesIsImportedAndImportingItAgainChangesNothing() {
        int number = freeNumber();
        String name = "Kinh doanh thử nghiệm nhập khẩu " + number;
        String csv = "\uFEFF" + HEADER
                + "LDT-2025," + number + ",\"" + name + "\",Test line,Bộ Tài chính,01/03/2026,31/12/2030,narrowed,https://example.org\n"
                + "LDT-2025," + (number + 1) + "," + name + " b,,,2026-03-01,,,\n";

        ImportResult first = lines.importCsv(stream(csv));
        ImportResult second = lines.importCsv(stream(csv));

        assertThat(first.problems()).isEmpty();
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.inserted()).isZero();
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
    void aLineNarrowedIntoALaterLegalBasisPointsAtItsSuccessorWhichMayComeLaterInTheFile() {
        int number = freeNumber();
        String older = "Ngành trước khi thu hẹp " + number;
        String csv = HEADER.strip() + ",next_legal_basis_code,next_number\n"
                + "LAW-90-2025," + number + "," + older + ",,,,28/02/2026,NARROWED,,LDT-2025," + number + "\n"
                + "LDT-2025," + number + ",Ngành sau khi thu hẹp " + number + ",,,01/03/2026,,,,,\n";

        ImportResult first = lines.importCsv(stream(csv));
        ImportResult again = lines.importCsv(stream(csv));

        assertThat(first.problems()).isEmpty();
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(again.unchanged()).as("linking is idempotent").isEqualTo(2);
        ConditionalLineSummary before = lines.search(older, basisId("LAW-90-2025")).getFirst();
        ConditionalLineSummary after = lines.findAll(java.util.List.of(before.nextLineId())).getFirst();
        assertThat(after.legalBasisCode()).isEqualTo("LDT-2025");
        assertThat(after.number()).isEqualTo(number);
        assertThat(before.nextOutcome()).isEqualTo(LineOutcome.NARROWED);
    }

    @Test
    void aSuccessorThatIsNowhereOrInTheSameBasisOrOfARemovedLineIsRefused() {
        int number = freeNumber();
        String csv = HEADER.strip() + ",next_legal_basis_code,next_number\n"
                + "LAW-90-2025," + number + ",Ngành A " + number + ",,,,,NARROWED,,LDT-2025,99999\n"
                + "LAW-90-2025," + (number + 1) + ",Ngành B " + number + ",,,,,KEPT,,LAW-90-2025," + number + "\n"
                + "LAW-90-2025," + (number + 2) + ",Ngành C " + number + ",,,,,REMOVED,,LDT-2025,1\n"
                + "LAW-90-2025," + (number + 3) + ",Ngành D " + number + ",,,,,KEPT,,,x\n";

        ImportResult result = lines.importCsv(stream(csv));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2L, "next_number"),
                org.assertj.core.groups.Tuple.tuple(3L, "next_legal_basis_code"),
                org.assertj.core.groups.Tuple.tuple(4L, "next_outcome"),
                org.assertj.core.groups.Tuple.tuple(5L, "next_number"));
        assertThat(lines.search("Ngành B " + number, null)).isEmpty();
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        ImportResult result = lines.importCsv(stream("legal_basis_code,number,name_vi\nLDT-2025,1,Tên\n"));

        assertThat(result.problems()).extracting(ImportProblem::line).containsOnly(1L);
        assertThat(result.problems()).extracting(ImportProblem::column)
                .contains("name_en", "managing_ministry", "valid_from", "valid_to", "next_outcome", "source_url");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsTheCatalogueButCannotImport() {
        assertThat(lines.search("", null)).isNotEmpty();
        assertThatThrownBy(() -> lines.importCsv(stream(HEADER))).isInstanceOf(AccessDeniedException.class);
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

    private long basisId(String code) {
        return lines.legalBases().stream().filter(basis -> basis.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** Numbers far above the real catalogue, so test lines never collide with each other or the reference data. */
    private static int freeNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000_000);
    }

    private static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}

package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ImportTemplate;

/** Imports the 2024 top ten's figures as DOMAIN.md gives them (nld.com.vn); rolled back after each test. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "INVESTMENT_OFFICER")
class PciResultImportServiceTest {

    private static final String HEADER = "province_code,province_name_vi,province_name_en,year,composite,rank,source_url";
    private static final String SOURCE = "https://nld.com.vn/hai-phong-dung-dau-trong-bang-xep-hang-pci-cuoi-cung-co-63-tinh-thanh-pho-196250506094416772.htm";

    @Autowired PciResultImportService imports;
    @Autowired PciService pci;
    @Autowired ImportSessions sessions;
    @Autowired ModuleTranslationProvider translations;

    @Test
    void aValidFileIsPreviewedWithoutWritingAndImportedOnConfirmation() {
        byte[] file = ImportTestFiles.csv(HEADER,
                "long-an,Long An,Long An,2024,72.64,3," + SOURCE,
                "bac-giang,Bắc Giang,Bac Giang,2024,71.24,4," + SOURCE,
                "quang-ninh,,,2024,73.20,2," + SOURCE);

        ImportPreview<ResultImportRow> preview = preview(file);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.records()).filteredOn(ResultImportRow::newProvince).hasSize(2);
        assertThat(preview.records()).filteredOn(ResultImportRow::replacesResult)
                .extracting(ResultImportRow::provinceCode).containsExactly("quang-ninh");
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode).doesNotContain("long-an");

        ImportResult imported = commit(file);

        assertThat(imported.accepted()).isTrue();
        assertThat(imported.created()).isEqualTo(2);
        assertThat(imported.unchanged()).as("Quang Ninh 2024 is the reference figure already").isEqualTo(1);
        ProvinceHistory longAn = pci.history("long-an");
        assertThat(longAn.nameVi()).isEqualTo("Long An");
        assertThat(longAn.year(2024).orElseThrow().composite()).isEqualByComparingTo("72.64");
        assertThat(longAn.year(2024).orElseThrow().rank()).isEqualTo(3);
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode)
                .startsWith("hai-phong").contains("long-an", "bac-giang", "quang-ninh");
    }

    @Test
    void anExcelFileWithSubIndexColumnsAndAProvinceNamedWithoutDiacriticsIsRead() {
        byte[] file = ImportTestFiles.xlsx(HEADER + ",ENTRY,LABOUR",
                "phu-tho,Phú Thọ,Phu Tho,2024,70.35,8," + SOURCE + ",7.5,", "QUANG NINH,,,2020,,,,,6.1");

        ImportResult imported = commit(file);

        assertThat(imported.problems()).isEmpty();
        assertThat(pci.history("phu-tho").year(2024).orElseThrow().subIndexScores().get("ENTRY")).isEqualByComparingTo("7.50");
        assertThat(pci.history("quang-ninh").year(2020).orElseThrow().subIndexScores().get("LABOUR"))
                .isEqualByComparingTo("6.10");
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndOneBadRowStoresNothing() {
        byte[] file = ImportTestFiles.csv(HEADER,
                "hung-yen,Hưng Yên,Hung Yen,2024,70.18,10," + SOURCE,
                "dong-thap,,,2024,70.35,9,",
                "hue,Huế,Hue,2004,100.5,0,",
                "long-an,Long An,,2024,72.645,3,javascript:alert(1)",
                "hung-yen,Hưng Yên,Hung Yen,2024,70.18,10,",
                "Bad Code!,X,,2024,70,1,",
                "ba-ria-vung-tau,Bà Rịa - Vũng Tàu,,2024,,,");

        ImportPreview<ResultImportRow> preview = preview(file);
        ImportResult result = commit(file);

        assertThat(result.accepted()).isFalse();
        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey()).containsExactly(
                "3 province_name_vi indicator.PciResultRowCheck.newProvinceNeedsName",
                "4 year indicator.PciResultRowCheck.yearRange",
                "4 composite indicator.PciResultRowCheck.compositeRange",
                "4 rank indicator.PciResultRowCheck.rankRange",
                "5 composite indicator.PciResultRowCheck.compositeRange",
                "5 source_url shared.validation.notWebAddress",
                "6 year importing.ImportProblems.duplicate",
                "7 province_code indicator.PciResultRowCheck.badProvinceCode",
                "8 composite indicator.PciResultRowCheck.noFigures");
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode).doesNotContain("hung-yen");
    }

    @Test
    void scoresMustBeBetween0And10AndAnUnknownColumnIsLeftUnmatched() {
        assertThat(preview(ImportTestFiles.csv(HEADER + ",LAND", "quang-ninh,,,2024,73.20,2,,10.5")).problems())
                .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                .containsExactly("2 LAND indicator.PciResultRowCheck.scoreRange");
        assertThat(sessions.open(imports.importDefinition(), ImportTestFiles.csv(HEADER + ",HAPPINESS", "x"), "f.csv")
                .mapping().columnIds().getLast()).isNull();
        assertThat(preview(ImportTestFiles.csv(HEADER.replace(",year", ""), "quang-ninh,,,73.20,2,")).problems())
                .extracting(ImportProblem::messageKey).containsExactly("importing.ImportSessions.missingColumn");
    }

    @Test
    void theReferenceFileWithItsCommentsAndTheExcelTemplateImportWithoutChangingAnything() throws Exception {
        byte[] reference = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("data/reference/pci_results.csv"));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ImportTemplate.write(imports.importDefinition(), ExportFormat.XLSX, template, Locale.of("vi"),
                key -> translations.getTranslation(key, Locale.of("vi")));

        ImportResult fromReference = commit(reference);
        ImportResult fromTemplate = commit(template.toByteArray());

        assertThat(fromReference.problems()).isEmpty();
        assertThat(fromReference.created() + fromReference.updated()).isZero();
        assertThat(fromTemplate.unchanged()).isEqualTo(1);
        assertThat(imports.importDefinition().columns()).extracting(ImportColumn::id)
                .containsSequence("source_url", "ENTRY", "LAND");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersDoNotImport() {
        assertThatThrownBy(() -> imports.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportPreview<ResultImportRow> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, imports.importDefinition(), file, imports::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, imports.importDefinition(), file, imports::importRows);
    }
}

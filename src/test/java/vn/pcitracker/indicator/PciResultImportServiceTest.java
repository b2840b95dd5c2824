package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Imports the 2024 top ten's figures as DOMAIN.md gives them (nld.com.vn); rolled back after each test. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "INVESTMENT_OFFICER")
class PciResultImportServiceTest {

    private static final String HEADER = "province_code,province_name_vi,province_name_en,year,composite,rank,source_url";
    private static final String SOURCE = "https://nld.com.vn/hai-phong-dung-dau-trong-bang-xep-hang-pci-cuoi-cung-co-63-tinh-thanh-pho-196250506094416772.htm";

    @Autowired
    PciResultImportService imports;

    @Autowired
    PciService pci;

    @Test
    void aValidFileIsPreviewedWithoutWritingAndImportedOnConfirmation() {
        byte[] file = csv(HEADER,
                "long-an,Long An,Long An,2024,72.64,3," + SOURCE,
                "bac-giang,Bắc Giang,Bac Giang,2024,71.24,4," + SOURCE,
                "quang-ninh,,,2024,73.20,2," + SOURCE);

        ResultImportPreview preview = imports.preview(file);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.newProvinces()).isEqualTo(2);
        assertThat(preview.replacedResults()).isEqualTo(1);
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode).doesNotContain("long-an");

        ResultImportPreview imported = imports.importCsv(file);

        assertThat(imported.imported()).isTrue();
        ProvinceHistory longAn = pci.history("long-an");
        assertThat(longAn.nameVi()).isEqualTo("Long An");
        assertThat(longAn.year(2024).orElseThrow().composite()).isEqualByComparingTo("72.64");
        assertThat(longAn.year(2024).orElseThrow().rank()).isEqualTo(3);
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode)
                .startsWith("hai-phong").contains("long-an", "bac-giang", "quang-ninh");
    }

    @Test
    void aFileWithAByteOrderMarkAndSubIndexColumnsIsRead() {
        byte[] file = csv("\uFEFF" + HEADER + ",ENTRY,LABOUR", "phu-tho,Phú Thọ,Phu Tho,2024,70.35,8," + SOURCE + ",7.5,");

        ResultImportPreview imported = imports.importCsv(file);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.rows().getFirst().scores()).containsOnlyKeys("ENTRY");
        assertThat(pci.history("phu-tho").year(2024).orElseThrow().subIndexScores().get("ENTRY")).isEqualByComparingTo("7.50");
    }

    @Test
    void everyProblemIsReportedByLineAndColumnAndOneBadRowStoresNothing() {
        byte[] file = csv(HEADER,
                "hung-yen,Hưng Yên,Hung Yen,2024,70.18,10," + SOURCE,
                "dong-thap,,,2024,70.35,9,",
                "hue,Huế,Hue,2004,100.5,0,",
                "long-an,Long An,,2024,72.645,3,",
                "hung-yen,Hưng Yên,Hung Yen,2024,70.18,10,",
                "Bad Code!,X,,2024,70,1,",
                "ba-ria-vung-tau,Bà Rịa - Vũng Tàu,,2024,,,");

        ResultImportPreview result = imports.importCsv(file);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.messageKey()).containsExactly(
                "3 province_name_vi indicator.PciResultCsv.newProvinceNeedsName",
                "4 year indicator.PciResultCsv.yearRange",
                "4 composite indicator.PciResultCsv.compositeRange",
                "4 rank indicator.PciResultCsv.rankRange",
                "5 composite indicator.PciResultCsv.compositeRange",
                "6 year indicator.PciResultCsv.duplicate",
                "7 province_code indicator.PciResultCsv.badProvinceCode",
                "8 composite indicator.PciResultCsv.noFigures");
        assertThat(pci.composites("hai-phong")).extracting(ProvinceComposites::provinceCode).doesNotContain("hung-yen");
    }

    @Test
    void scoresMustBeBetween0And10AndUnknownColumnsAreNamed() {
        assertThat(imports.preview(csv(HEADER + ",LAND", "quang-ninh,,,2024,73.20,2,,10.5")).problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly("2 LAND indicator.PciResultCsv.scoreRange");
        assertThat(imports.preview(csv(HEADER.replace(",rank", "") + ",HAPPINESS", "x")).problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly("1 rank indicator.PciResultCsv.missingColumn", "1 HAPPINESS indicator.PciResultCsv.unknownColumn");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(imports.preview(csv(HEADER)).problems()).extracting(CsvProblem::messageKey)
                .containsExactly("indicator.PciResultCsv.empty");
    }

    @Test
    void theTemplateIsAFileTheImportAccepts() {
        String template = imports.template();

        assertThat(template).startsWith(HEADER + ",ENTRY,LAND");
        assertThat(imports.preview(template.getBytes(StandardCharsets.UTF_8)).valid()).isTrue();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersDoNotImport() {
        assertThatThrownBy(() -> imports.preview(csv(HEADER))).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", List.of(lines)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

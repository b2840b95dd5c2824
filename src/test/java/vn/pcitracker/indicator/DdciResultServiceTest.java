package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ImportTemplate;

/**
 * Official DDCI results: the published Hai Phong 2023 figures from the reference data, the import (preview, every
 * problem by row and column, all rows or none) and who may read what. Imports use year 2011, which no other data
 * uses, inside rolled-back transactions.
 */
@SpringBootTest
@Transactional
class DdciResultServiceTest {

    private static final String HEADER = "catalogue_code,year,unit,score,rank,band,source_document,source_url";

    @Autowired ApplicationContext context;
    @Autowired DdciResultService results;
    @Autowired AgencyService agencies;
    @Autowired ImportSessions sessions;
    @Autowired ModuleTranslationProvider translations;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void theReferenceDataHoldsOnlyThePublishedHaiPhong2023FiguresWithTheirSource() {
        TestLogins.signIn(context, "leader");

        List<DdciResultSummary> departments = official(results.results(UnitLevel.DEPARTMENT, 2023));
        List<DdciResultSummary> districts = official(results.results(UnitLevel.DISTRICT, 2023));

        assertThat(departments).extracting(DdciResultSummary::unitName, r -> r.score().toPlainString(),
                DdciResultSummary::rank).containsExactly(
                        Tuple.tuple("Sở Văn hóa và Thể thao", "80.98", 1),
                        Tuple.tuple("Sở Xây dựng", "73.10", 21));
        assertThat(departments.getFirst().agencyId()).isEqualTo(agency("S-VHTT"));
        assertThat(departments.get(1).agencyId()).isEqualTo(agency("S-XD"));
        assertThat(departments).allSatisfy(result -> {
            assertThat(result.sourceDocument()).contains("4691/QĐ-UBND");
            assertThat(result.band()).isNull();
        });
        assertThat(districts).extracting(DdciResultSummary::unitName, r -> r.score().toPlainString())
                .containsExactly(Tuple.tuple("Quận Hồng Bàng", "92.59"));
    }

    @Test
    void theTrendFollowsTheAgencyOverTheYearsOldestFirst() {
        TestLogins.signIn(context, "leader");
        DdciResultSummary construction = results.results(UnitLevel.DEPARTMENT, 2023).stream()
                .filter(result -> result.unitName().equals("Sở Xây dựng")).findFirst().orElseThrow();

        List<DdciResultSummary> trend = results.trend(construction.id());

        assertThat(trend).extracting(DdciResultSummary::year).containsExactly(2021, 2022, 2023);
        assertThat(trend).extracting(DdciResultSummary::synthetic).containsExactly(true, true, false);
        assertThat(results.latestByAgency().get(agency("S-XD")).year()).isEqualTo(2023);
    }

    @Test
    void aValidFileIsPreviewedThenImportedMatchingAgenciesIgnoringCaseAndDiacritics() {
        TestLogins.signIn(context, "investment");
        byte[] file = ImportTestFiles.csv(HEADER + ",PUBLIC_SERVICE_QUALITY",
                "REF-DEPARTMENT,2011,so XAY DUNG,70.5,3,Khá,QĐ thử,https://example.vn/qd,65.25",
                "ref-department,2011,s-ct,81,1,Tốt,,,",
                "REF-DEPARTMENT,2011,Cục Thuế thành phố,\"75,00\",2,,,,");

        ImportPreview<DdciImportRow> preview = preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).extracting(DdciImportRow::agencyId)
                .containsExactly(agency("S-XD"), agency("S-CT"), null);
        assertThat(preview.records().getFirst().agencyName()).isEqualTo("Sở Xây dựng");
        assertThat(results.years(UnitLevel.DEPARTMENT)).doesNotContain(2011);

        ImportResult imported = commit(file);

        assertThat(imported.accepted()).isTrue();
        assertThat(imported.created()).isEqualTo(3);
        assertThat(imported.links()).extracting(ImportLink::location)
                .contains("ddci/results?level=DEPARTMENT&year=2011&q=so%20XAY%20DUNG");
        List<DdciResultSummary> stored = results.results(UnitLevel.DEPARTMENT, 2011);
        assertThat(stored).extracting(DdciResultSummary::unitName)
                .containsExactly("s-ct", "Cục Thuế thành phố", "so XAY DUNG");
        DdciResultSummary construction = stored.get(2);
        assertThat(construction.score()).isEqualByComparingTo("70.50");
        assertThat(construction.band()).isEqualTo("Khá");
        assertThat(construction.componentScores()).containsOnlyKeys("PUBLIC_SERVICE_QUALITY");
        assertThat(construction.componentScores().get("PUBLIC_SERVICE_QUALITY")).isEqualByComparingTo("65.25");
        assertThat(construction.sourceUrl()).isEqualTo("https://example.vn/qd");
        assertThat(stored.get(1).score()).as("a decimal comma").isEqualByComparingTo("75.00");
    }

    @Test
    void anExcelFileIsReadLikeACsvWithTheCatalogueNamedInsteadOfItsCode() {
        TestLogins.signIn(context, "investment");
        byte[] file = ImportTestFiles.xlsx("Bộ chỉ số,Năm,Đơn vị,Điểm *,Thứ hạng",
                "mo hinh tham chieu ddci cap so ban nganh,2011,SỞ XÂY DỰNG,70.5,3");

        ImportPreview<DdciImportRow> preview = preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).extracting(DdciImportRow::catalogueCode, DdciImportRow::agencyId,
                DdciImportRow::rank).containsExactly(Tuple.tuple("REF-DEPARTMENT", agency("S-XD"), 3));
    }

    @Test
    void importingAgainReplacesTheUnitsResultOfThatYearInsteadOfAddingOne() {
        TestLogins.signIn(context, "admin");
        commit(ImportTestFiles.csv(HEADER, "REF-DEPARTMENT,2011,Sở Xây dựng,70.50,3,,,"));
        byte[] again = ImportTestFiles.csv(HEADER, "REF-DEPARTMENT,2011,SỞ XÂY DỰNG,71.00,2,,,",
                "REF-DEPARTMENT,2011,Sở Công Thương,80,1,,,");

        ImportPreview<DdciImportRow> preview = preview(again);
        ImportResult result = commit(again);

        assertThat(preview.records()).extracting(DdciImportRow::replacesStored).containsExactly(true, false);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(results.results(UnitLevel.DEPARTMENT, 2011)).extracting(r -> r.score().toPlainString())
                .containsExactly("80.00", "71.00");
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndNothingIsWritten() {
        TestLogins.signIn(context, "investment");
        byte[] file = ImportTestFiles.csv("# a comment line", HEADER + ",ENTRY_COST",
                "REF-DEPARTMENT,2011,Sở Xây dựng,70.50,3,,,,",       // row 3: fine
                "NOPE,2011,Đơn vị A,70,1,,,,",                      // 4: unknown catalogue
                "REF-DEPARTMENT,1999,Đơn vị B,70,1,,,,",            // 5: year out of range
                "REF-DEPARTMENT,2011,,70,1,,,,",                    // 6: unit missing
                "REF-DEPARTMENT,2011,Đơn vị C,100.01,1,,,,",        // 7: score above 100
                "REF-DEPARTMENT,2011,Đơn vị D,70.123,1,,,,",        // 8: three decimals
                "REF-DEPARTMENT,2011,Đơn vị E,abc,1,,,,",           // 9: not a number
                "REF-DEPARTMENT,2011,Đơn vị F,,1,,,,",              // 10: score missing
                "REF-DEPARTMENT,2011,Đơn vị G,70,0,,,,",            // 11: rank below 1
                "REF-DEPARTMENT,2011,so xay dung,71,2,,,,",         // 12: same unit again
                "REF-DEPARTMENT,2011,Đơn vị H,70,5,,,ftp://x,",     // 13: not a web link
                "REF-DEPARTMENT,2011,Đơn vị I,70,6,,,,50");         // 14: a district component

        ImportPreview<DdciImportRow> preview = preview(file);
        ImportResult imported = commit(file);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.records()).isEmpty();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column,
                ImportProblem::messageKey).containsExactly(
                        Tuple.tuple(4, "catalogue_code", ImportProblems.UNKNOWN),
                        tuple(5, "year", "yearInvalid"),
                        Tuple.tuple(6, "unit", ImportProblems.REQUIRED),
                        tuple(7, "score", "scoreInvalid"),
                        tuple(8, "score", "scoreInvalid"),
                        tuple(9, "score", "scoreInvalid"),
                        Tuple.tuple(10, "score", ImportProblems.REQUIRED),
                        tuple(11, "rank", "rankInvalid"),
                        Tuple.tuple(12, "unit", ImportProblems.DUPLICATE),
                        tuple(13, "source_url", "notUrl"),
                        tuple(14, "ENTRY_COST", "unknownComponent"));
        assertThat(imported.accepted()).isFalse();
        assertThat(results.years(UnitLevel.DEPARTMENT)).doesNotContain(2011);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefusedAsAWhole() {
        TestLogins.signIn(context, "investment");

        assertThat(preview(ImportTestFiles.csv("catalogue_code,year,unit", "REF-DEPARTMENT,2011,X")).problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(0, "importing.ImportSessions.missingColumn"));
        assertThat(preview(ImportTestFiles.csv(HEADER)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("importing.SpreadsheetReader.noRows");
        assertThat(preview(ImportTestFiles.csv(HEADER, "REF-DEPARTMENT,2011,\"unclosed,70")).problems())
                .extracting(ImportProblem::messageKey).containsExactly("importing.SpreadsheetReader.malformedCsv");
    }

    @Test
    void aNameThatMatchesSeveralAgenciesMustBeGivenByCode() {
        TestLogins.signIn(context, "admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        agencies.create(new AgencyForm("TWIN-A-" + tag, "Ban Trùng Tên " + tag, null, AgencyKind.BOARD, null, null,
                null, List.of()));
        agencies.create(new AgencyForm("TWIN-B-" + tag, "Ban trung ten " + tag, null, AgencyKind.BOARD, null, null,
                null, List.of()));

        ImportPreview<DdciImportRow> preview = preview(ImportTestFiles.csv(HEADER,
                "REF-DEPARTMENT,2011,ban trùng tên " + tag + ",70,1,,,", "REF-DEPARTMENT,2011,twin-b-" + tag + ",71,2,,,"));

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(2, "indicator.DdciResultImport.ambiguousUnit"));
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirOwnAgencysResults() {
        TestLogins.signIn(context, "agency");

        assertThat(results.results(UnitLevel.DEPARTMENT, 2023)).extracting(DdciResultSummary::agencyId)
                .containsOnly(agency("S-XD")).isNotEmpty();
        assertThat(results.results(UnitLevel.DISTRICT, 2023)).isEmpty();
        assertThat(results.latestByAgency()).containsOnlyKeys(agency("S-XD"));
    }

    @Test
    void anAgencyOfficerMayNotReadAnotherUnitsTrendNorImport() {
        TestLogins.signIn(context, "leader");
        long culture = results.results(UnitLevel.DEPARTMENT, 2023).getFirst().id();
        TestLogins.signIn(context, "agency");

        assertThatThrownBy(() -> results.trend(culture)).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("DdciResult");
        assertThatThrownBy(() -> results.previewImport(List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void associationRepresentativesReadNothingAndLeadersDoNotImport() {
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> results.results(UnitLevel.DEPARTMENT, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.latestByAgency()).isInstanceOf(AccessDeniedException.class);
        TestLogins.signIn(context, "leader");
        assertThatThrownBy(() -> results.importRows(List.of(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplateHasTheColumnsAndTheComponentCodesOfEachCatalogueAndImportsBack() {
        TestLogins.signIn(context, "investment");
        ImportDefinition definition = results.importDefinition();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ImportTemplate.write(definition, ExportFormat.XLSX, template, Locale.of("vi"),
                key -> translations.getTranslation(key, Locale.of("vi")));

        ImportPreview<DdciImportRow> preview = preview(template.toByteArray());

        assertThat(definition.columns()).extracting(ImportColumn::id).startsWith("catalogue_code", "year", "unit",
                "score", "rank", "band", "source_document", "source_url", "synthetic")
                .contains("LEGAL_DOCUMENTS_PLANS", "PUBLIC_SERVICE_QUALITY", "ENTRY_COST", "ADMIN_REFORM_ONE_STOP")
                .doesNotHaveDuplicates();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.records()).extracting(DdciImportRow::unitName, DdciImportRow::replacesStored)
                .containsExactly(Tuple.tuple("Sở Xây dựng", true));
    }

    private static List<DdciResultSummary> official(List<DdciResultSummary> all) {
        return all.stream().filter(result -> !result.synthetic()).toList();
    }

    private long agency(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }

    private ImportPreview<DdciImportRow> preview(byte[] file) {
        return ImportTestFiles.preview(sessions, results.importDefinition(), file, results::previewImport);
    }

    private ImportResult commit(byte[] file) {
        return ImportTestFiles.commit(sessions, results.importDefinition(), file, results::importRows);
    }

    private static Tuple tuple(int row, String column, String key) {
        return Tuple.tuple(row, column, "indicator.DdciResultImport." + key);
    }
}

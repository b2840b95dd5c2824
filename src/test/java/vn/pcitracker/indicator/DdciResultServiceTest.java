package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import vn.pcitracker.security.TestLogins;

/**
 * Official DDCI results: the published Hai Phong 2023 figures from the reference data, the import (preview, every
 * problem by line and column, all rows or none) and who may read what. Imports use year 2011, which no other data
 * uses, inside rolled-back transactions.
 */
@SpringBootTest
@Transactional
class DdciResultServiceTest {

    private static final String HEADER = "catalogue_code,year,unit,score,rank,band,source_document,source_url\n";

    @Autowired ApplicationContext context;
    @Autowired DdciResultService results;
    @Autowired AgencyService agencies;

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
        byte[] file = csv(HEADER.replace("\n", ",PUBLIC_SERVICE_QUALITY\n")
                + "REF-DEPARTMENT,2011,so XAY DUNG,70.5,3,Khá,QĐ thử,https://example.vn/qd,65.25\n"
                + "REF-DEPARTMENT,2011,s-ct,81,1,Tốt,,,\n"
                + "REF-DEPARTMENT,2011,Cục Thuế thành phố,75.00,2,,,,\n");

        DdciImportPreview preview = results.preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.rows()).extracting(DdciImportRow::agencyId)
                .containsExactly(agency("S-XD"), agency("S-CT"), null);
        assertThat(preview.rows().getFirst().agencyName()).isEqualTo("Sở Xây dựng");
        assertThat(results.years(UnitLevel.DEPARTMENT)).doesNotContain(2011);

        DdciImportResult imported = results.importCsv(file);

        assertThat(imported.accepted()).isTrue();
        assertThat(imported.inserted()).isEqualTo(3);
        List<DdciResultSummary> stored = results.results(UnitLevel.DEPARTMENT, 2011);
        assertThat(stored).extracting(DdciResultSummary::unitName)
                .containsExactly("s-ct", "Cục Thuế thành phố", "so XAY DUNG");
        DdciResultSummary construction = stored.get(2);
        assertThat(construction.score()).isEqualByComparingTo("70.50");
        assertThat(construction.band()).isEqualTo("Khá");
        assertThat(construction.componentScores()).containsOnlyKeys("PUBLIC_SERVICE_QUALITY");
        assertThat(construction.componentScores().get("PUBLIC_SERVICE_QUALITY")).isEqualByComparingTo("65.25");
        assertThat(construction.sourceUrl()).isEqualTo("https://example.vn/qd");
    }

    @Test
    void importingAgainReplacesTheUnitsResultOfThatYearInsteadOfAddingOne() {
        TestLogins.signIn(context, "admin");
        results.importCsv(csv(HEADER + "REF-DEPARTMENT,2011,Sở Xây dựng,70.50,3,,,\n"));

        DdciImportPreview preview = results.preview(csv(HEADER + "REF-DEPARTMENT,2011,SỞ XÂY DỰNG,71.00,2,,,\n"
                + "REF-DEPARTMENT,2011,Sở Công Thương,80,1,,,\n"));
        DdciImportResult again = results.importCsv(csv(HEADER + "REF-DEPARTMENT,2011,SỞ XÂY DỰNG,71.00,2,,,\n"
                + "REF-DEPARTMENT,2011,Sở Công Thương,80,1,,,\n"));

        assertThat(preview.rows()).extracting(DdciImportRow::replacesStored).containsExactly(true, false);
        assertThat(again.inserted()).isEqualTo(1);
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(results.results(UnitLevel.DEPARTMENT, 2011)).extracting(r -> r.score().toPlainString())
                .containsExactly("80.00", "71.00");
    }

    @Test
    void everyProblemIsReportedByLineAndColumnAndNothingIsWritten() {
        TestLogins.signIn(context, "investment");
        byte[] file = csv("# a comment line\n" + HEADER.replace("\n", ",NO_SUCH_COMPONENT\n")
                + "REF-DEPARTMENT,2011,Sở Xây dựng,70.50,3,,,,\n"       // line 3: fine
                + "NOPE,2011,Đơn vị A,70,1,,,,\n"                      // 4: unknown catalogue
                + "REF-DEPARTMENT,1999,Đơn vị B,70,1,,,,\n"            // 5: year out of range
                + "REF-DEPARTMENT,2011,,70,1,,,,\n"                    // 6: unit missing
                + "REF-DEPARTMENT,2011,Đơn vị C,100.01,1,,,,\n"        // 7: score above 100
                + "REF-DEPARTMENT,2011,Đơn vị D,70.123,1,,,,\n"        // 8: three decimals
                + "REF-DEPARTMENT,2011,Đơn vị E,abc,1,,,,\n"           // 9: not a number
                + "REF-DEPARTMENT,2011,Đơn vị F,,1,,,,\n"              // 10: score missing
                + "REF-DEPARTMENT,2011,Đơn vị G,70,0,,,,\n"            // 11: rank below 1
                + "REF-DEPARTMENT,2011,so xay dung,71,2,,,,\n"         // 12: same unit again
                + "REF-DEPARTMENT,2011,Đơn vị H,70,5,,,ftp://x,\n"     // 13: not a web link
                + "REF-DEPARTMENT,2011,Đơn vị I,70,6,,,,50\n");        // 14: component not in catalogue

        DdciImportPreview preview = results.preview(file);
        DdciImportResult imported = results.importCsv(file);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).extracting(DdciImportProblem::line, DdciImportProblem::column,
                DdciImportProblem::messageKey).containsExactly(
                        tuple(4, "catalogue_code", "unknownCatalogue"),
                        tuple(5, "year", "yearInvalid"),
                        tuple(6, "unit", "unitRequired"),
                        tuple(7, "score", "scoreInvalid"),
                        tuple(8, "score", "scoreInvalid"),
                        tuple(9, "score", "scoreInvalid"),
                        tuple(10, "score", "scoreRequired"),
                        tuple(11, "rank", "rankInvalid"),
                        tuple(12, "unit", "duplicateUnit"),
                        tuple(13, "source_url", "notUrl"),
                        tuple(14, "NO_SUCH_COMPONENT", "unknownComponent"));
        assertThat(imported.accepted()).isFalse();
        assertThat(imported.problems()).hasSameSizeAs(preview.problems());
        assertThat(results.years(UnitLevel.DEPARTMENT)).doesNotContain(2011);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefusedAsAWhole() {
        TestLogins.signIn(context, "investment");

        assertThat(results.preview(csv("catalogue_code,year,unit\nREF-DEPARTMENT,2011,X\n")).problems())
                .extracting(DdciImportProblem::line, DdciImportProblem::column, DdciImportProblem::messageKey)
                .containsExactly(tuple(1, "score", "missingColumn"));
        assertThat(results.preview(csv(HEADER)).problems()).extracting(DdciImportProblem::messageKey)
                .containsExactly("indicator.DdciResultImport.empty");
        assertThat(results.preview(csv(HEADER + "REF-DEPARTMENT,2011,\"unclosed,70\n")).problems())
                .extracting(DdciImportProblem::messageKey).containsExactly("indicator.DdciResultImport.notCsv");
    }

    @Test
    void aNameThatMatchesSeveralAgenciesMustBeGivenByCode() {
        TestLogins.signIn(context, "admin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        agencies.create(new AgencyForm("TWIN-A-" + tag, "Ban Trùng Tên " + tag, null, AgencyKind.BOARD, null, null,
                null, List.of()));
        agencies.create(new AgencyForm("TWIN-B-" + tag, "Ban trung ten " + tag, null, AgencyKind.BOARD, null, null,
                null, List.of()));

        DdciImportPreview preview = results.preview(csv(HEADER + "REF-DEPARTMENT,2011,ban trùng tên " + tag
                + ",70,1,,,\nREF-DEPARTMENT,2011,twin-b-" + tag + ",71,2,,,\n"));

        assertThat(preview.problems()).extracting(DdciImportProblem::line, DdciImportProblem::messageKey)
                .containsExactly(tuple(2, "indicator.DdciResultImport.ambiguousUnit"));
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
        assertThatThrownBy(() -> results.preview(csv(HEADER))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void associationRepresentativesReadNothingAndLeadersDoNotImport() {
        TestLogins.signIn(context, "association");
        assertThatThrownBy(() -> results.results(UnitLevel.DEPARTMENT, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.latestByAgency()).isInstanceOf(AccessDeniedException.class);
        TestLogins.signIn(context, "leader");
        assertThatThrownBy(() -> results.importCsv(csv(HEADER))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplateHasTheColumnsAndTheComponentCodesOfEachCatalogue() {
        TestLogins.signIn(context, "investment");

        String template = results.template();

        assertThat(template.lines().toList().getLast())
                .isEqualTo("catalogue_code,year,unit,score,rank,band,source_document,source_url,synthetic");
        assertThat(template).contains("REF-DEPARTMENT (DEPARTMENT): LEGAL_DOCUMENTS_PLANS, PUBLIC_SERVICE_QUALITY");
        assertThat(results.preview(template.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(DdciImportProblem::messageKey).containsExactly("indicator.DdciResultImport.empty");
    }

    private static List<DdciResultSummary> official(List<DdciResultSummary> all) {
        return all.stream().filter(result -> !result.synthetic()).toList();
    }

    private long agency(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Tuple tuple(long line, String column, String key) {
        return Tuple.tuple(line, column, "indicator.DdciResultImport." + key);
    }

    private static Tuple tuple(long line, String key) {
        return Tuple.tuple(line, key);
    }
}

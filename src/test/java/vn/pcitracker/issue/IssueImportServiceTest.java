package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.issue.RecommendationImport.AGENCY;
import static vn.pcitracker.issue.RecommendationImport.ASSOCIATIONS;
import static vn.pcitracker.issue.RecommendationImport.CHANNEL;
import static vn.pcitracker.issue.RecommendationImport.CONTENT;
import static vn.pcitracker.issue.RecommendationImport.DDCI;
import static vn.pcitracker.issue.RecommendationImport.ENTERPRISES;
import static vn.pcitracker.issue.RecommendationImport.FIELD;
import static vn.pcitracker.issue.RecommendationImport.PUBLIC;
import static vn.pcitracker.issue.RecommendationImport.RECEIVED_ON;
import static vn.pcitracker.issue.RecommendationImport.TAX_CODES;
import static vn.pcitracker.issue.RecommendationImport.TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

@SpringBootTest
class IssueImportServiceTest {

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueImportService imports;
    @Autowired IssueService issues;
    @Autowired EnterpriseService enterprises;
    @Autowired IssueClock clock;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsInvestmentOfficer() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
        support.signIn("investment");
    }

    @AfterEach
    void signOut() {
        clock.reset();
        TestLogins.signOut();
    }

    @Test
    void aValidFileLogsEveryRowAsRaisedAtTheDialogueOnItsDay() {
        List<ImportRow> rows = List.of(row(2, "Giao đất chậm"), row(3, "Hoàn thuế chậm"), row(4, "Cấp phép xây dựng"));
        List<Integer> progress = new ArrayList<>();

        ImportResult result = imports.importAll(rows, ImportTarget.dialogue(support.dialogue),
                (done, total) -> progress.add(done * 100 / total));

        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        assertThat(result.created()).isEqualTo(3);
        assertThat(result.links()).hasSize(3).allSatisfy(link -> assertThat(link.location()).matches("issues/\\d+"));
        assertThat(progress).isSorted().endsWith(100);
        for (var link : result.links()) {
            IssueDetails issue = issues.find(Long.parseLong(link.location().substring(7))).orElseThrow();
            assertThat(link.label()).isEqualTo(issue.code() + " – " + issue.title());
            assertThat(issue.channel()).isEqualTo(IssueChannel.DIALOGUE);
            assertThat(issue.dialogueIds()).containsExactly(support.dialogue);
            assertThat(issue.receivedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(issue.state()).isEqualTo(IssueState.RECEIVED);
            assertThat(issue.field().id()).isEqualTo(support.fieldId);
            assertThat(issue.isPublic()).isTrue();
            assertThat(issue.parties()).extracting(IssueParty::enterpriseId, IssueParty::associationId, IssueParty::submitter)
                    .containsExactly(tuple(support.enterprise, null, true), tuple(null, support.association, true));
            assertThat(issue.timeline()).extracting(TimelineEntry::action).containsExactly(IssueAction.CREATE);
            assertThat(issue.code()).startsWith("KN-2026-");
        }
    }

    @Test
    void oneBadRowStoresNothingAndEachProblemNamesItsRowAndColumn() {
        IssueDetails open = issues.create(support.newIssue("Kiến nghị đang mở " + token));
        long before = support.issueCount();
        List<ImportRow> rows = List.of(
                row(2, "Hợp lệ"),
                with(row(3, "x"), TITLE, null),
                with(row(4, "Lĩnh vực lạ"), FIELD, "Hàng không vũ trụ"),
                with(row(5, "Ngày sai"), RECEIVED_ON, "31/02/2026"),
                with(row(6, "Mã số thuế sai"), TAX_CODES, "12345"),
                row(7, "HỢP LỆ"),
                with(row(8, "x"), TITLE, "  kiến NGHỊ đang mở, " + token + " "),
                with(row(9, "Lĩnh vực viết khác"), FIELD, "XÂY DUNG"));

        ImportPreview<ImportedIssue> preview = imports.preview(rows, ImportTarget.dialogue(support.dialogue));
        ImportResult result = imports.importAll(rows, ImportTarget.dialogue(support.dialogue), ImportProgress.NONE);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, TITLE, ImportProblems.REQUIRED),
                        tuple(4, FIELD, ImportProblems.UNKNOWN),
                        tuple(5, RECEIVED_ON, ImportProblems.NOT_A_DATE),
                        tuple(6, TAX_CODES, ImportProblems.NOT_A_TAX_CODE),
                        tuple(7, TITLE, ImportProblems.DUPLICATE),
                        tuple(8, TITLE, "issue.RecommendationImport.duplicateOpen"));
        assertThat(preview.problems().get(4).args()).containsExactly("HỢP LỆ " + token, 2);
        assertThat(preview.problems().get(5).args()).containsExactly(open.code());
        assertThat(preview.records()).extracting(ImportedIssue::row).containsExactly(2, 9);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).isEqualTo(preview.problems());
        assertThat(support.issueCount()).isEqualTo(before);
    }

    @Test
    void agencyAndFieldNamesMatchWhateverTheirCaseAndDiacriticsAndTheRowIsAssignedThroughTheWorkflow() {
        ImportRow upper = with(with(row(2, "Sở viết hoa"), AGENCY, "SỞ XÂY DỰNG"), DDCI, "REF-DEPARTMENT/INFORMAL_COSTS");
        ImportRow plain = with(with(with(row(3, "Sở không dấu"), AGENCY, "so xay dung"), FIELD, "xay dung"),
                DDCI, "implementing LEGAL documents and plans");
        ImportRow withoutDdci = with(row(4, "Giao mà thiếu DDCI"), AGENCY, "S-XD");

        ImportPreview<ImportedIssue> preview = imports.preview(List.of(upper, plain, withoutDdci),
                ImportTarget.dialogue(support.dialogue));
        ImportResult result = imports.importAll(List.of(upper, plain), ImportTarget.dialogue(support.dialogue),
                ImportProgress.NONE);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(4, DDCI, "issue.IssueService.ddciRequired"));
        assertThat(preview.records()).extracting(ImportedIssue::leadAgencyId).containsOnly(support.leadAgency);
        assertThat(result.created()).isEqualTo(2);
        for (var link : result.links()) {
            IssueDetails issue = issues.find(Long.parseLong(link.location().substring(7))).orElseThrow();
            assertThat(issue.state()).isEqualTo(IssueState.ASSIGNED);
            assertThat(issue.leadAgencyId()).isEqualTo(support.leadAgency);
            assertThat(issue.deadline()).isEqualTo(support.calendar.addWorkingDays(clock.today(), 15));
            assertThat(issue.timeline()).extracting(TimelineEntry::action)
                    .containsExactly(IssueAction.CREATE, IssueAction.ASSIGN);
            assertThat(support.jdbc.queryForObject("SELECT count(*) FROM notification n JOIN user_account a"
                    + " ON a.id = n.recipient_id WHERE n.issue_id = ? AND a.username = 'agency'", Long.class, issue.id()))
                    .as("the lead agency's officer is told once").isEqualTo(1);
        }
    }

    @Test
    void aNewFirmWithAValidTaxCodeAndANameJoinsTheRegisterAndOneWithoutANameIsAProblem() {
        String code = validTaxCode();
        ImportRow named = with(with(row(2, "Doanh nghiệp mới"), TAX_CODES, code + "; 0299000006"),
                ENTERPRISES, "Công ty TNHH Thử Nhập " + token + "; tên cũ bị bỏ qua");
        ImportRow unnamed = with(with(row(3, "Doanh nghiệp không tên"), TAX_CODES, code), ENTERPRISES, null);

        assertThat(imports.preview(List.of(named, unnamed), ImportTarget.dialogue(support.dialogue)).problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, TAX_CODES, "issue.RecommendationImport.unregisteredTaxCode"));
        ImportResult result = imports.importAll(List.of(named), ImportTarget.dialogue(support.dialogue),
                ImportProgress.NONE);

        long firm = enterprises.findByTaxCode(code).orElseThrow().id();
        assertThat(enterprises.findByTaxCode(code).orElseThrow().name()).isEqualTo("Công ty TNHH Thử Nhập " + token);
        IssueDetails issue = issues.find(Long.parseLong(result.links().getFirst().location().substring(7))).orElseThrow();
        assertThat(issue.parties()).extracting(IssueParty::enterpriseId, IssueParty::submitter)
                .containsExactly(tuple(firm, true), tuple(support.enterprise, false), tuple(null, true));
    }

    @Test
    void fromTheInboxEachRowNamesItsChannelOrTakesTheOneChosenAndADialogueRowNeedsItsDialogue() {
        ImportRow hotline = with(with(with(row(2, "Đường dây nóng"), CHANNEL, "duong day nong"), TAX_CODES, null),
                ASSOCIATIONS, null);
        ImportRow plain = with(row(3, "Kênh mặc định"), RECEIVED_ON, "02/01/2026");
        ImportRow dialogue = with(row(4, "Từ hội nghị"), CHANNEL, "Hội nghị đối thoại");

        ImportPreview<ImportedIssue> preview = imports.preview(List.of(hotline, plain, dialogue),
                ImportTarget.channel(IssueChannel.DOCUMENT));

        assertThat(preview.records()).extracting(ImportedIssue::channel, ImportedIssue::receivedOn, ImportedIssue::dialogueId)
                .containsExactly(tuple(IssueChannel.HOTLINE, clock.today(), null),
                        tuple(IssueChannel.DOCUMENT, LocalDate.of(2026, 1, 2), null));
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(4, CHANNEL, "issue.RecommendationImport.dialogueNeeded"));
    }

    @Test
    void anAgencyOfficerAndAnAssociationRepresentativeMayNotImport() {
        for (String login : List.of("agency", "association")) {
            support.signIn(login);
            assertThatThrownBy(() -> imports.preview(List.of(row(2, "Không được")), ImportTarget.channel(null)))
                    .as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.importAll(List.of(row(2, "Không được")), ImportTarget.channel(null),
                    ImportProgress.NONE)).as(login).isInstanceOf(AccessDeniedException.class);
        }
    }

    private ImportRow row(int number, String title) {
        Map<String, String> cells = new HashMap<>(Map.of(TITLE, title + " " + token, CONTENT, "Nội dung: " + title,
                FIELD, "Xây dựng", TAX_CODES, "0299000006", ASSOCIATIONS, "HHDN-HP", PUBLIC, "Có"));
        return new ImportRow(number, cells);
    }

    private static ImportRow with(ImportRow row, String column, String value) {
        Map<String, String> cells = new HashMap<>(row.cells());
        if (value == null) {
            cells.remove(column);
        } else {
            cells.put(column, value);
        }
        return new ImportRow(row.row(), cells);
    }

    /** A tax code with a right check digit that no firm has yet. */
    private String validTaxCode() {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int n = (int) (Math.random() * 1_000_000); ; n++) {
            String nine = "039" + "%06d".formatted(n % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10 && enterprises.findByTaxCode(nine + check).isEmpty()) {
                return nine + check;
            }
        }
    }
}

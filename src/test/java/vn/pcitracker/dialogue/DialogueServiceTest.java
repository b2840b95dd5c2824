package vn.pcitracker.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class DialogueServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired DialogueService dialogues;
    @Autowired AgencyService agencies;
    @Autowired AssociationService associations;
    @Autowired ReferenceDataService referenceData;

    @Test
    void anOfficerLogsASessionAndCorrectsItLater() {
        String title = unique("Hội nghị đối thoại thử nghiệm");
        long hhdn = associationId("HHDN-HP");
        DialogueSummary created = dialogues.create(new DialogueForm(DialogueKind.MONTHLY, "  " + title + " ",
                LocalDate.of(2026, 5, 21), "Hội trường A", agencyId("S-TC"), "Phó Chủ tịch", Set.of(hhdn), 80,
                "Dòng một\nDòng hai\n"));

        assertThat(created.title()).isEqualTo(title);
        assertThat(created.associationIds()).containsExactly(hhdn);
        assertThat(created.minutes()).isEqualTo("Dòng một\nDòng hai");
        assertThat(created.synthetic()).isFalse();

        long vpa = associationId("VPA");
        DialogueSummary updated = dialogues.update(created.id(), new DialogueForm(DialogueKind.THEMATIC, title,
                LocalDate.of(2026, 5, 22), null, agencyId("BQL-KKT"), null, Set.of(hhdn, vpa), 0, null), created.version());

        assertThat(dialogues.find(created.id())).hasValue(updated);
        assertThat(updated.kind()).isEqualTo(DialogueKind.THEMATIC);
        assertThat(updated.hostAgencyId()).isEqualTo(agencyId("BQL-KKT"));
        assertThat(updated.associationIds()).containsExactlyInAnyOrder(hhdn, vpa);
        assertThat(updated.place()).isNull();
        assertThat(updated.firmsAttending()).isZero();
        assertThat(updated.version()).isGreaterThan(created.version());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsSaved() {
        String chair = unique("Chủ trì không được lưu");
        DialogueForm bad = new DialogueForm(null, " ", TODAY.plusYears(1).plusDays(1), "x".repeat(256),
                agencyId("S-GTVT"), chair, Set.of(), -1, "x".repeat(DialogueForm.MINUTES_MAX + 1));

        assertRefused(() -> dialogues.create(bad),
                tuple("kind", "shared.validation.required"),
                tuple("title", "shared.validation.required"),
                tuple("heldOn", "dialogue.DialogueService.heldOnTooFarAhead"),
                tuple("place", "shared.validation.tooLong"),
                tuple("hostAgencyId", "dialogue.DialogueService.hostAgencyInactive"),
                tuple("firmsAttending", "dialogue.DialogueService.firmsNegative"),
                tuple("minutes", "shared.validation.tooLong"));
        assertThat(dialogues.list(chair, null, null)).isEmpty();
    }

    @Test
    void aSessionNeedsADateAHostAndKnownAssociations() {
        DialogueForm bad = new DialogueForm(DialogueKind.ONLINE, unique("Thiếu ngày"), null, null, null, null,
                Set.of(Long.MAX_VALUE), null, null);

        assertRefused(() -> dialogues.create(bad),
                tuple("heldOn", "shared.validation.required"),
                tuple("hostAgencyId", "shared.validation.required"),
                tuple("associationIds", "dialogue.DialogueService.associationUnknown"));
    }

    @Test
    void aSessionUpToAYearAheadIsAcceptedAndADepartmentMergedSinceMayHostAnOldSession() {
        assertThat(dialogues.create(form(unique("Kế hoạch năm sau"), TODAY.plusYears(1))).heldOn()).isEqualTo(TODAY.plusYears(1));
        DialogueForm before = new DialogueForm(DialogueKind.MONTHLY, unique("Phiên năm 2024"), LocalDate.of(2024, 6, 20),
                null, agencyId("S-GTVT"), null, Set.of(), null, null);
        assertThat(dialogues.create(before).hostAgencyId()).isEqualTo(agencyId("S-GTVT"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        DialogueSummary created = dialogues.create(form(unique("Phiên sửa đồng thời"), LocalDate.of(2026, 6, 18)));
        dialogues.update(created.id(), form(created.title() + " (sửa)", created.heldOn()), created.version());

        assertThatThrownBy(() -> dialogues.update(created.id(), form(created.title(), created.heldOn()), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(dialogues.find(created.id()).orElseThrow().title()).endsWith("(sửa)");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsSessionsButCannotLogOrEditThem() {
        DialogueSummary any = dialogues.list("", null, null).getFirst();

        assertThatThrownBy(() -> dialogues.create(form(unique("Lãnh đạo"), TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.update(any.id(), form(any.title(), any.heldOn()), any.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.carryOverCandidates(any.id(), 10)).isInstanceOf(AccessDeniedException.class);
    }

    /** Minutes name firms and officials: the session pages are closed to representatives, and so is the service. */
    @Test
    @WithMockUser(roles = "ASSOCIATION_REP")
    void anAssociationRepresentativeReadsNoSessionNeitherByIdNorInTheList(@Autowired JdbcTemplate jdbc) {
        long any = jdbc.queryForObject("SELECT min(id) FROM dialogue_session", Long.class);

        assertThatThrownBy(() -> dialogues.find(any)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.list("", null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dialogues.carryOverCandidates(any, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndCombinesWithKindAndYear() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        DialogueSummary land = dialogues.create(new DialogueForm(DialogueKind.THEMATIC,
                "Đối thoại chuyên đề đất đai " + marker, LocalDate.of(2025, 10, 9), "Phường Đồ Sơn", agencyId("S-NNMT"),
                null, Set.of(), 30, null));

        assertThat(dialogues.list("DOI THOAI CHUYEN DE DAT DAI " + marker, null, null)).containsExactly(land);
        assertThat(dialogues.list("do son", DialogueKind.THEMATIC, 2025)).contains(land);
        assertThat(dialogues.list(marker, DialogueKind.ONLINE, null)).isEmpty();
        assertThat(dialogues.list(marker, null, 2026)).isEmpty();
        assertThat(dialogues.list("50%_" + marker, null, null)).as("LIKE wildcards are taken literally").isEmpty();
    }

    @Test
    void listsSessionsNewestFirst() {
        assertThat(dialogues.list("", null, null)).extracting(DialogueSummary::heldOn)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void demoSessionsAreLoadedAndLoadingAgainChangesNothing() {
        assertThat(dialogues.list("dinh ky thang 3/2026", DialogueKind.MONTHLY, 2026)).singleElement().satisfies(session -> {
            assertThat(session.title()).isEqualTo("Hội nghị đối thoại doanh nghiệp định kỳ tháng 3/2026");
            assertThat(session.hostAgencyId()).isEqualTo(agencyId("S-TC"));
            assertThat(session.associationIds()).contains(associationId("HHDN-HP"));
            assertThat(session.minutes()).contains("\n");
            assertThat(session.synthetic()).isTrue();
        });
        assertThat(dialogues.list("", DialogueKind.ANNUAL_CITY, 2025)).anySatisfy(session ->
                assertThat(session.firmsAttending()).isEqualTo(600));
        assertThat(dialogues.list("", null, null).stream().filter(DialogueSummary::synthetic).map(DialogueSummary::kind))
                .containsAll(Set.of(DialogueKind.values()));

        LoadResult again = referenceData.reload().stream().filter(r -> r.dataSet().equals("demo dialogues"))
                .findFirst().orElseThrow();
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isGreaterThanOrEqualTo(6);
    }

    private DialogueForm form(String title, LocalDate heldOn) {
        return new DialogueForm(DialogueKind.MONTHLY, title, heldOn, null, agencyId("S-TC"), null, Set.of(), null, null);
    }

    private long agencyId(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }

    private long associationId(String code) {
        return associations.findByCode(code).orElseThrow().id();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(Runnable command, Tuple... fieldAndKey) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::messageKey).contains(fieldAndKey));
    }
}

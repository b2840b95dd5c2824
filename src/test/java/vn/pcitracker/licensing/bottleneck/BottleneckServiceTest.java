package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.licensing.bottleneck.BottleneckTestSupport.OTHER_AGENCY_OFFICER;
import static vn.pcitracker.licensing.bottleneck.BottleneckTestSupport.OWNER_OFFICER;
import static vn.pcitracker.licensing.bottleneck.BottleneckTestSupport.assertRefusedAsNotAllowed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
class BottleneckServiceTest {

    private static BottleneckTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired BottleneckService bottlenecks;
    @Autowired BottleneckQueryService queries;

    @BeforeEach
    void signInAsInvestmentOfficer() {
        if (support == null) {
            support = new BottleneckTestSupport(context);
        }
        support.signIn("investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void anInvestmentOfficerRecordsABottleneckWithACodeOfTheYearAndAHistory() {
        BottleneckDetails created = support.created(true);

        assertThat(created.code()).matches("DN-" + created.identifiedOn().getYear() + "-\\d{4}");
        assertThat(created.state()).isEqualTo(BottleneckState.IDENTIFIED);
        assertThat(created.causes()).containsExactlyInAnyOrder(BottleneckCause.MISSING_DOCUMENTS, BottleneckCause.SITE_INSPECTION);
        assertThat(created.fix().daysCut()).isEqualTo(5);
        assertThat(created.fix().costCutVnd()).isEqualTo(1_500_000L);
        assertThat(created.procedure().statutoryDays()).isEqualTo(20);
        assertThat(created.line().number()).isEqualTo(4);
        assertThat(created.timeline()).extracting(BottleneckTimelineEntry::action, BottleneckTimelineEntry::toState)
                .containsExactly(tuple(BottleneckAction.CREATE, BottleneckState.IDENTIFIED));
        assertThat(created.timeline().getFirst().actorName()).contains("Nguyễn Thu Hà");
    }

    @Test
    void everyBrokenRuleOfTheFormIsReportedAtOnceAndNothingIsSaved() {
        long before = support.count("bottleneck");
        BottleneckForm broken = new BottleneckForm(999_999_999L, 999_999_999L, null, null, " ", null, null, -1, null,
                Set.of(999_999_999L), new ProposedFix("x", -1, null, -2, null), LocalDate.of(2020, 1, 1), false,
                LocalDate.now().plusDays(3));

        assertThatThrownBy(() -> bottlenecks.create(broken)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactlyInAnyOrder(
                        "procedureId", "lineId", "agencyId", "title", "description", "informalCostReports",
                        "conditionsRemoved", "daysCut", "ddciComponentIds", "identifiedOn", "targetDate"));
        assertThat(support.count("bottleneck")).isEqualTo(before);
    }

    @Test
    void evidenceIsCheckedAllAtOnceAndOnlySavedWhenEveryFigureHoldsTogether() {
        BottleneckDetails b = support.created(false);
        long before = support.count("bottleneck_evidence");
        EvidenceForm broken = new EvidenceForm(null, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), 10, 8, 5, -1,
                new BigDecimal("-2"), null);

        assertThatThrownBy(() -> bottlenecks.addEvidence(b.id(), broken)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(tuple("phase", "shared.validation.required"),
                                tuple("periodTo", "licensing.BottleneckService.periodReversed"),
                                tuple("filesLate", "licensing.BottleneckService.moreHandledThanReceived"),
                                tuple("topUpRequests", "licensing.BottleneckService.negative"),
                                tuple("medianActualDays", "licensing.BottleneckService.daysOutOfRange")));
        assertThat(support.count("bottleneck_evidence")).isEqualTo(before);

        BottleneckDetails measured = bottlenecks.addEvidence(b.id(), new EvidenceForm(EvidencePhase.BEFORE_FIX,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 40, 25, 15, 22, new BigDecimal("27.5"), "Một cửa"));
        assertThat(measured.evidence()).extracting(Evidence::filesReceived, Evidence::filesLate, Evidence::medianActualDays)
                .containsExactly(tuple(40, 15, new BigDecimal("27.5")));
        assertThat(measured.timeline()).extracting(BottleneckTimelineEntry::action).endsWith(BottleneckAction.ADD_EVIDENCE);
    }

    @Test
    void theBottleneckTravelsToVerifiedWithEachStepByWhoeverTheTableAllowsAndTheHistoryShowsEveryMove() {
        BottleneckDetails b = support.created(false);
        b = bottlenecks.move(b.id(), BottleneckAction.START_ANALYSIS, "Giao phòng nghiệp vụ", b.version());
        support.signIn("agency");
        b = bottlenecks.move(b.id(), BottleneckAction.PROPOSE_FIX, null, b.version());
        BottleneckDetails proposed = b;
        assertRefusedAsNotAllowed(() -> bottlenecks.move(proposed.id(), BottleneckAction.APPROVE, null, proposed.version()));
        support.signIn("investment");
        b = bottlenecks.move(b.id(), BottleneckAction.APPROVE, null, b.version());
        support.signIn(OWNER_OFFICER);
        b = bottlenecks.move(b.id(), BottleneckAction.IMPLEMENT, "Đã ban hành quy trình mới", b.version());
        support.signIn("investment");
        BottleneckDetails implemented = b;

        assertThatThrownBy(() -> bottlenecks.verify(implemented.id(), null, null, implemented.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("measuredDaysAfter"));
        b = bottlenecks.verify(b.id(), new BigDecimal("9.0"), "Đo quý III", b.version());

        assertThat(b.state()).isEqualTo(BottleneckState.VERIFIED);
        assertThat(b.measuredDaysAfter()).isEqualByComparingTo("9");
        assertThat(b.timeline()).extracting(BottleneckTimelineEntry::action, BottleneckTimelineEntry::fromState,
                BottleneckTimelineEntry::toState).containsExactly(
                tuple(BottleneckAction.CREATE, null, BottleneckState.IDENTIFIED),
                tuple(BottleneckAction.START_ANALYSIS, BottleneckState.IDENTIFIED, BottleneckState.ANALYSING),
                tuple(BottleneckAction.PROPOSE_FIX, BottleneckState.ANALYSING, BottleneckState.FIX_PROPOSED),
                tuple(BottleneckAction.APPROVE, BottleneckState.FIX_PROPOSED, BottleneckState.APPROVED),
                tuple(BottleneckAction.IMPLEMENT, BottleneckState.APPROVED, BottleneckState.IMPLEMENTED),
                tuple(BottleneckAction.VERIFY, BottleneckState.IMPLEMENTED, BottleneckState.VERIFIED));
        assertThat(b.timeline().get(4).note()).isEqualTo("Đã ban hành quy trình mới");
        assertThat(b.allowedActions()).containsExactly(BottleneckAction.ADD_EVIDENCE);
    }

    @Test
    void aFixCannotBeProposedBeforeItIsDescribed() {
        support.signIn("investment");
        BottleneckForm withoutFix = support.form(support.procedure(support.agency, 15, null, support.pawnLine), false);
        BottleneckForm form = new BottleneckForm(withoutFix.procedureId(), null, withoutFix.agencyId(), null,
                withoutFix.title(), withoutFix.description(), null, null, null, null, null, null, false, null);
        BottleneckDetails b = bottlenecks.create(form);
        BottleneckDetails analysing = bottlenecks.move(b.id(), BottleneckAction.START_ANALYSIS, null, b.version());

        assertThatThrownBy(() -> bottlenecks.move(analysing.id(), BottleneckAction.PROPOSE_FIX, null, analysing.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("fixDescription"));
    }

    @Test
    void droppingNeedsAReasonAndEndsTheBottleneck() {
        BottleneckDetails b = support.inState(BottleneckState.FIX_PROPOSED);

        assertThatThrownBy(() -> bottlenecks.drop(b.id(), "  ", b.version())).isInstanceOf(ValidationException.class);
        BottleneckDetails dropped = bottlenecks.drop(b.id(), "Luật mới đã bãi bỏ điều kiện này", b.version());

        assertThat(dropped.state()).isEqualTo(BottleneckState.DROPPED);
        assertThat(dropped.dropReason()).isEqualTo("Luật mới đã bãi bỏ điều kiện này");
        assertThat(dropped.allowedActions()).isEmpty();
        assertRefusedAsNotAllowed(() -> bottlenecks.addEvidence(dropped.id(), new EvidenceForm(EvidencePhase.AFTER_FIX,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), 1, 1, 0, null, null, null)));
    }

    @Test
    void agencyOfficersSeeAndEditTheirAgencysBottlenecksOnlyAndNeverCreateOne() {
        BottleneckDetails b = support.created(false);

        support.signIn("agency");
        assertThat(bottlenecks.find(b.id())).isPresent();
        BottleneckDetails edited = bottlenecks.edit(b.id(), support.form(b.procedure().id(), false), b.version());
        assertThat(edited.timeline()).extracting(BottleneckTimelineEntry::action).endsWith(BottleneckAction.EDIT);
        assertThat(edited.identifiedOn()).isEqualTo(b.identifiedOn());
        assertThatThrownBy(() -> bottlenecks.create(support.form(b.procedure().id(), false)))
                .isInstanceOf(AccessDeniedException.class);

        support.signIn(OWNER_OFFICER);
        assertThat(bottlenecks.find(b.id())).isPresent();
        assertThat(queries.search(BottleneckFilter.none(), BottleneckSort.CODE, 0, 10_000))
                .extracting(BottleneckListItem::id).contains(b.id());

        support.signIn(OTHER_AGENCY_OFFICER);
        assertThat(bottlenecks.find(b.id())).isEmpty();
        assertThatThrownBy(() -> bottlenecks.edit(b.id(), support.form(b.procedure().id(), false), edited.version()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(queries.search(BottleneckFilter.none(), BottleneckSort.CODE, 0, 10_000))
                .extracting(BottleneckListItem::id).doesNotContain(b.id());
    }

    @Test
    void associationsSeePublicBottlenecksOnlyAndLeadersReadEverythingButChangeNothing() {
        BottleneckDetails open = support.created(true);
        BottleneckDetails internal = support.created(false);

        support.signIn("association");
        assertThat(bottlenecks.find(open.id())).isPresent();
        assertThat(bottlenecks.find(internal.id())).isEmpty();
        assertThat(queries.search(BottleneckFilter.none(), BottleneckSort.CODE, 0, 10_000))
                .extracting(BottleneckListItem::id).contains(open.id()).doesNotContain(internal.id())
                .allMatch(id -> bottlenecks.find(id).orElseThrow().isPublic());
        assertThat(bottlenecks.find(open.id()).orElseThrow().allowedActions()).isEmpty();

        support.signIn("leader");
        assertThat(bottlenecks.find(internal.id()).orElseThrow().allowedActions()).isEmpty();
        assertRefusedAsNotAllowed(() -> bottlenecks.move(internal.id(), BottleneckAction.START_ANALYSIS, null, internal.version()));
        assertThat(queries.count(new BottleneckFilter(internal.code(), null, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void aRecommendationTurnsIntoABottleneckPrefilledFromItAndAnotherIsAttachedLater() {
        IssueDetails first = support.newIssue("Thẩm định điều kiện an ninh trật tự kéo dài");
        IssueDetails second = support.newIssue("Phải nộp lại bản sao chứng thực nhiều lần");

        BottleneckForm prefilled = bottlenecks.prefillFromIssue(first.code()).orElseThrow();
        assertThat(prefilled.title()).isEqualTo(first.title());
        assertThat(prefilled.description()).isEqualTo(first.content());
        assertThat(prefilled.ddciComponentIds()).isEqualTo(first.ddciComponentIds());
        BottleneckForm filled = new BottleneckForm(support.procedure(support.agency, 20, 10, support.pawnLine), null,
                support.agency, null, prefilled.title(), prefilled.description(), Set.of(BottleneckCause.EXCESSIVE_CONDITIONS),
                null, null, prefilled.ddciComponentIds(), null, null, false, null);
        BottleneckDetails b = bottlenecks.createFromIssue(first.id(), filled);
        b = bottlenecks.linkIssue(b.id(), second.id());
        b = bottlenecks.linkIssue(b.id(), second.id());

        assertThat(b.issues()).extracting(LinkedIssue::code).containsExactly(first.code(), second.code());
        assertThat(b.timeline()).extracting(BottleneckTimelineEntry::action)
                .containsExactly(BottleneckAction.CREATE, BottleneckAction.LINK_ISSUE);
        assertThat(b.timeline().getFirst().note()).contains(first.code());
        assertThat(bottlenecks.linkedToIssue(second.id())).extracting(BottleneckRef::code).containsExactly(b.code());
    }
}

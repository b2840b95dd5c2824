package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pcitracker.issue.IssueTestSupport.OTHER_ASSOCIATION_REP;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;

/**
 * The associations' portal as the issue module serves it: filing a concern, duplicate suggestions on realistic
 * Vietnamese text, backing, "my submissions", the association's view of the timeline, and feedback after the
 * answer. Each test tags its texts with a random word so that other tests' issues in the shared database do
 * not interfere.
 */
@SpringBootTest
class AssociationIssueServiceTest {

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired AssociationIssueService associationIssues;

    private final String tag = "thuysan" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
        support.signIn("association");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private AssociationSubmission concern(String title, String content, boolean mayPublish, String... taxCodes) {
        return new AssociationSubmission(title, content, support.fieldId, List.of(taxCodes), mayPublish);
    }

    @Test
    void aConcernFiledThroughThePortalEntersTheIntakeWithTheAssociationAndItsFirms() {
        IssueDetails filed = issues.submit(concern("Chậm cấp giấy phép môi trường " + tag,
                "Nhà máy chế biến chờ giấy phép môi trường đã 45 ngày.", true, "0299 000 001", "0299000002"));

        assertThat(filed.state()).isEqualTo(IssueState.RECEIVED);
        assertThat(filed.channel()).isEqualTo(IssueChannel.ASSOCIATION_PORTAL);
        assertThat(filed.isPublic()).isTrue();
        assertThat(filed.parties()).extracting(IssueParty::associationId, IssueParty::submitter)
                .contains(org.assertj.core.groups.Tuple.tuple(support.association, true));
        assertThat(filed.parties()).filteredOn(party -> party.enterpriseId() != null).hasSize(2);
        support.signIn("investment");
        assertThat(issues.find(filed.id())).isPresent();
    }

    @Test
    void aSubmissionWithAMalformedOrUnknownTaxCodeIsRefusedNamingEachCode() {
        assertThatThrownBy(() -> issues.submit(concern("Phí hạ tầng cảng " + tag, "Nội dung", false, "12345", "0299999999")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("taxCodes", "issue.IssueService.invalidTaxCode"),
                                org.assertj.core.groups.Tuple.tuple("taxCodes", "issue.IssueService.unknownTaxCode")));
    }

    @Test
    void onlyAssociationRepresentativesFileThroughThePortal() {
        support.signIn("investment");
        assertThatThrownBy(() -> issues.submit(concern("Tiêu đề " + tag, "Nội dung", false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void similarOpenRecommendationsAreFoundWithOrWithoutDiacriticsAndDespiteTypos() {
        IssueDetails original = issues.submit(concern("Chậm cấp giấy phép xây dựng nhà xưởng chế biến " + tag,
                "Hồ sơ xin cấp phép xây dựng nhà xưởng nộp đã hơn 30 ngày nhưng chưa có kết quả.", true));
        IssueDetails unrelated = issues.submit(concern("Phí lưu kho bãi tại cảng tăng đột ngột " + tag,
                "Phí lưu kho tăng 30% mà không thông báo trước.", true));

        for (String typed : List.of("Chậm cấp giấy phép xây dựng nhà xưởng " + tag,
                "cham cap giay phep xay dung nha xuong " + tag,
                "Chạm cấp giây phép xay dưng nhà xuởng " + tag)) {
            assertThat(associationIssues.similarOpen(typed, "", 5)).as(typed)
                    .extracting(SimilarIssue::id).contains(original.id()).doesNotContain(unrelated.id());
        }
        assertThat(associationIssues.similarOpen("cap phep xay dung", "nha xuong " + tag + " cho qua lau", 5))
                .extracting(SimilarIssue::id).first().isEqualTo(original.id());
        assertThat(associationIssues.similarOpen("Chậm", "", 5)).as("too little typed").isEmpty();
    }

    @Test
    void suggestionsShowOnlyWhatTheRepresentativeMaySeeAndOnlyOpenIssues() {
        support.signIn(OTHER_ASSOCIATION_REP);
        IssueDetails privateToOthers = issues.submit(concern("Thủ tục hoàn thuế giá trị gia tăng kéo dài " + tag,
                "Hồ sơ hoàn thuế GTGT quá 40 ngày chưa được giải quyết.", false));
        IssueDetails publicByOthers = issues.submit(concern("Thủ tục hoàn thuế giá trị gia tăng chậm trễ " + tag,
                "Hoàn thuế GTGT chậm.", true));
        IssueDetails rejected = issues.submit(concern("Thủ tục hoàn thuế giá trị gia tăng bị từ chối " + tag,
                "Hoàn thuế GTGT.", true));
        support.signIn("investment");
        issues.reject(rejected.id(), "Đã giải quyết ở kiến nghị khác", rejected.version());
        support.signIn("association");

        List<SimilarIssue> found = associationIssues.similarOpen("Hoàn thuế giá trị gia tăng " + tag, "", 10);

        assertThat(found).extracting(SimilarIssue::id).contains(publicByOthers.id())
                .doesNotContain(privateToOthers.id(), rejected.id());
        assertThat(found).filteredOn(issue -> issue.id() == publicByOthers.id()).singleElement()
                .satisfies(issue -> assertThat(issue.ownAssociation()).isFalse());
    }

    @Test
    void backingAnIssueAddsTheAssociationAndCountsEachFirmOnce() {
        support.signIn(OTHER_ASSOCIATION_REP);
        IssueDetails filed = issues.submit(concern("Hạ tầng giao thông cụm công nghiệp xuống cấp " + tag,
                "Đường vào cụm công nghiệp hư hỏng nặng.", true, "0299000001", "0299000002"));
        support.signIn("association");
        assertThat(issues.find(filed.id()).orElseThrow().allowedActions()).contains(IssueAction.BACK);

        IssueDetails backed = issues.back(filed.id(), List.of("0299000002", "0299000003"));

        assertThat(backed.parties()).filteredOn(party -> party.associationId() != null)
                .extracting(IssueParty::associationId).containsExactlyInAnyOrder(support.otherAssociation, support.association);
        assertThat(backed.parties()).filteredOn(party -> party.enterpriseId() != null).hasSize(3);
        assertThat(backed.timeline().getLast().action()).isEqualTo(IssueAction.BACK);
        assertThat(backed.allowedActions()).as("backing once is enough").doesNotContain(IssueAction.BACK);
        assertThat(associationIssues.similarOpen("Hạ tầng giao thông cụm công nghiệp " + tag, "", 5))
                .filteredOn(issue -> issue.id() == filed.id()).singleElement().satisfies(issue -> {
                    assertThat(issue.associations()).isEqualTo(2);
                    assertThat(issue.firms()).isEqualTo(3);
                    assertThat(issue.ownAssociation()).isTrue();
                });
        assertThat(associationIssues.mySubmissions()).filteredOn(mine -> mine.id() == filed.id()).singleElement()
                .satisfies(mine -> assertThat(mine.submitted()).isFalse());
    }

    @Test
    void mySubmissionsListsOnlyTheRepresentativesAssociationsRecordsNotOtherPublicOnes() {
        IssueDetails mine = issues.submit(concern("Khó tiếp cận vốn vay ưu đãi " + tag, "Thủ tục vay rườm rà.", false));
        support.signIn(OTHER_ASSOCIATION_REP);
        IssueDetails theirsPublic = issues.submit(concern("Khó tiếp cận vốn vay ưu đãi cho doanh nghiệp nhỏ " + tag,
                "Thủ tục vay vốn.", true));
        List<Long> theirs = associationIssues.mySubmissions().stream().map(MySubmission::id).toList();
        support.signIn("association");

        List<MySubmission> ours = associationIssues.mySubmissions();

        assertThat(ours).extracting(MySubmission::id).contains(mine.id()).doesNotContain(theirsPublic.id());
        assertThat(theirs).contains(theirsPublic.id()).doesNotContain(mine.id());
        assertThat(ours).filteredOn(row -> row.id() == mine.id()).singleElement().satisfies(row -> {
            assertThat(row.submitted()).isTrue();
            assertThat(row.state()).isEqualTo(IssueState.RECEIVED);
        });
    }

    @Test
    void afterTheAnswerTheAssociationRatesItAndSeesTheTimelineWithoutInternalNotes() {
        IssueDetails filed = issues.submit(concern("Cấp phép khai thác cảng thủy nội địa " + tag,
                "Hồ sơ cấp phép bến thủy nội địa chưa được xử lý.", true));
        support.signIn("investment");
        IssueDetails issue = issues.edit(filed.id(), new IssueEdit(filed.title(), filed.content(), filed.field().id(),
                IssuePriority.NORMAL, java.util.Set.of(support.ddciComponent), true, List.of(), List.of(support.association)),
                filed.version());
        issue = issues.classify(issue.id(), "Ghi chú nội bộ: hỏi ý kiến Sở Giao thông", issue.version());
        issue = issues.assign(issue.id(), support.assignment(), issue.version());
        support.signIn("agency");
        issue = issues.start(issue.id(), null, issue.version());
        issues.contribute(issue.id(), "Nội bộ: anh Nguyễn Văn Bình 0912 345 678 phụ trách");
        issue = issues.find(issue.id()).orElseThrow();
        issue = issues.answer(issue.id(), new Answer(AnswerKind.WRITTEN, "Sở đã cấp phép bến thủy nội địa.",
                "88/SXD-QLXD", support.clock.today()), issue.version());
        support.signIn("association");
        assertThat(associationIssues.mySubmissions()).filteredOn(row -> row.id() == filed.id()).singleElement()
                .satisfies(row -> assertThat(row.awaitsFeedback()).isTrue());

        IssueDetails rated = issues.giveFeedback(issue.id(), new Feedback(true, 5, "Cảm ơn Sở", false), issue.version());

        assertThat(rated.state()).isEqualTo(IssueState.SATISFIED);
        assertThat(rated.timeline()).extracting(TimelineEntry::action).doesNotContain(IssueAction.CONTRIBUTE,
                IssueAction.CLASSIFY, IssueAction.EDIT).contains(IssueAction.CREATE, IssueAction.ASSIGN,
                IssueAction.ANSWER, IssueAction.FEEDBACK_SATISFIED);
        assertThat(rated.timeline()).extracting(TimelineEntry::note).doesNotContain("Giao Sở Xây dựng chủ trì")
                .contains("Sở đã cấp phép bến thủy nội địa.");
        assertThat(associationIssues.mySubmissions()).filteredOn(row -> row.id() == filed.id()).singleElement()
                .satisfies(row -> assertThat(row.awaitsFeedback()).isFalse());
        support.signIn("investment");
        assertThat(issues.find(issue.id()).orElseThrow().timeline()).extracting(TimelineEntry::action)
                .as("officials still see everything").contains(IssueAction.CONTRIBUTE, IssueAction.CLASSIFY);
    }
}

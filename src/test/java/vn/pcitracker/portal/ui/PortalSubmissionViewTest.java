package vn.pcitracker.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.issue.SimilarIssue;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;

class PortalSubmissionViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;

    private final String tag = "portal" + UUID.randomUUID().toString().substring(0, 6);

    private void fill(String title, String content, String taxCodes) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tiêu đề")), title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Nội dung kiến nghị")), content);
        @SuppressWarnings("unchecked")
        ComboBox<IssueFieldOption> field = _get(ComboBox.class, spec -> spec.withLabel("Lĩnh vực"));
        _setValue(field, field.getListDataView().getItems().filter(f -> f.code().equals("CONSTRUCTION")).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mã số thuế doanh nghiệp liên quan")), taxCodes);
    }

    @Test
    void theFormIsOneColumnOnAPhoneAndAFiledConcernEntersTheIntakeAsAPortalSubmission() {
        signInAs("association");
        navigateTo(PortalSubmissionView.class);
        assertThat(_get(FormLayout.class).getResponsiveSteps()).extracting(step -> step.toJson().toString())
                .as("one column on a phone, two from 40em").containsExactly("{\"minWidth\":\"0\",\"columns\":1}",
                        "{\"minWidth\":\"40em\",\"columns\":2}");

        fill("Chậm cấp phép xây dựng trạm biến áp " + tag, "Hồ sơ nộp 35 ngày chưa có kết quả.", "0299000001, 0299000002");
        _setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, spec -> spec.withClasses("portal-submit")));

        String heading = _get(H2.class, spec -> spec.withClasses("portal-filed")).getText();
        String code = heading.substring(heading.indexOf("KN-"));
        TestLogins.signIn(context, "investment");
        IssueDetails filed = issues.findByCode(code).orElseThrow();
        assertThat(filed.channel()).isEqualTo(IssueChannel.ASSOCIATION_PORTAL);
        assertThat(filed.isPublic()).isTrue();
        assertThat(filed.parties()).hasSize(3);
    }

    @Test
    void aMalformedTaxCodeIsShownOnItsField() {
        signInAs("association");
        navigateTo(PortalSubmissionView.class);
        fill("Phí hạ tầng cảng biển " + tag, "Nội dung.", "0299-01");

        _click(_get(Button.class, spec -> spec.withClasses("portal-submit")));

        TextArea taxCodes = _get(TextArea.class, spec -> spec.withLabel("Mã số thuế doanh nghiệp liên quan"));
        assertThat(taxCodes.isInvalid()).isTrue();
        assertThat(taxCodes.getErrorMessage()).contains("0299-01");
        assertThat(_find(H2.class, spec -> spec.withClasses("portal-filed"))).isEmpty();
    }

    @Test
    void typingAConcernAlreadyRaisedOffersItAndBackingItLeadsToItsPageWithBothAssociations() {
        IssueDetails existing = publicIssueOfAnotherAssociation("Thời gian hoàn thuế giá trị gia tăng kéo dài " + tag);
        signInAs("association");
        navigateTo(PortalSubmissionView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Tiêu đề")), "Hoàn thuế giá trị gia tăng kéo dài quá " + tag);

        assertThat(_get(SimilarIssuesPanel.class).shown()).extracting(issue -> issue.id()).contains(existing.id());
        ListItem row = _find(ListItem.class, spec -> spec.withClasses("similar-issue")).stream()
                .filter(item -> ComponentUtil.getData(item, SimilarIssue.class).id() == existing.id()).findFirst().orElseThrow();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mã số thuế doanh nghiệp liên quan")), "0299000003");
        _click(_get(row, Button.class, spec -> spec.withClasses("similar-issue-back")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("issues/" + existing.id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("issue-backing")).getText())
                .isEqualTo("2 hiệp hội và 1 doanh nghiệp đứng sau kiến nghị");
    }

    private IssueDetails publicIssueOfAnotherAssociation(String title) {
        TestLogins.signIn(context, "investment");
        long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
        long other = context.getBean(AssociationService.class).findByCode("HDNT-HP").orElseThrow().id();
        IssueDetails issue = issues.create(new NewIssue(title, "Hồ sơ hoàn thuế GTGT quá 40 ngày chưa được giải quyết.",
                IssueChannel.DOCUMENT, null, field, IssuePriority.NORMAL, List.of(), List.of(other), Set.of(), true, null));
        TestLogins.signOut();
        return issue;
    }
}

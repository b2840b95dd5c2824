package vn.pcitracker.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.ui.AttachmentsPanel;
import vn.pcitracker.issue.AssociationIssueService;
import vn.pcitracker.issue.AssociationSubmission;
import vn.pcitracker.issue.IssueAttachmentPolicy;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.PublicIssueService;
import vn.pcitracker.issue.SimilarIssue;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * An association representative files a concern, on a phone as on a desk (one column below 40em). While the
 * title and content are typed, similar open recommendations are offered to back instead; once filed, files can
 * be attached.
 */
@Route("portal")
@Menu(title = "portal.PortalSubmissionView.menu", order = 3, icon = "vaadin:paperplane")
@RolesAllowed(Role.Names.ASSOCIATION_REP)
class PortalSubmissionView extends VerticalLayout implements HasDynamicTitle {

    static final String KEY = "portal.PortalSubmissionView.";
    static final int SUGGESTIONS = 5;

    private final IssueService issues;
    private final AssociationIssueService associationIssues;
    private final AttachmentService attachments;
    private final IssueAttachmentPolicy attachmentPolicy;
    private final TextField title = new TextField();
    private final TextArea content = new TextArea();
    private final ComboBox<IssueFieldOption> field = new ComboBox<>();
    private final TextArea taxCodes = new TextArea();
    private final Checkbox mayPublish = new Checkbox();
    private final SimilarIssuesPanel similar = new SimilarIssuesPanel(this::confirmBacking);

    PortalSubmissionView(IssueService issues, AssociationIssueService associationIssues, PublicIssueService fields,
                         AttachmentService attachments, IssueAttachmentPolicy attachmentPolicy) {
        this.issues = issues;
        this.associationIssues = associationIssues;
        this.attachments = attachments;
        this.attachmentPolicy = attachmentPolicy;
        addClassName("portal-submission");
        setMaxWidth("56rem");
        field.setItems(fields.activeFields());
        field.setItemLabelGenerator(option -> option.name(getLocale()));
        showForm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void showForm() {
        removeAll();
        label();
        FormLayout form = new FormLayout(title, content, field, taxCodes, mayPublish);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(content, 2);
        form.setColspan(mayPublish, 2);
        form.addClassName("portal-form");
        form.setWidthFull();
        Button submit = new Button(getTranslation(KEY + "submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("portal-submit");
        add(new H2(getTranslation(KEY + "title")), new Paragraph(getTranslation(KEY + "intro")), form, similar, submit);
    }

    private void label() {
        title.setLabel(getTranslation(KEY + "titleField"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        content.setLabel(getTranslation(KEY + "content"));
        content.setRequiredIndicatorVisible(true);
        content.setMinHeight("8rem");
        field.setLabel(getTranslation(KEY + "field"));
        field.setRequiredIndicatorVisible(true);
        taxCodes.setLabel(getTranslation(KEY + "taxCodes"));
        taxCodes.setHelperText(getTranslation(KEY + "taxCodesHelp"));
        mayPublish.setLabel(getTranslation(KEY + "mayPublish"));
        mayPublish.addClassName("portal-may-publish");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(500);
        content.setValueChangeMode(ValueChangeMode.LAZY);
        content.setValueChangeTimeout(500);
        title.addValueChangeListener(change -> suggest());
        content.addValueChangeListener(change -> suggest());
    }

    private void suggest() {
        similar.show(associationIssues.similarOpen(title.getValue(), content.getValue(), SUGGESTIONS));
    }

    /** The codes as typed: separated by commas, semicolons or new lines (spaces inside a code are allowed). */
    static List<String> taxCodes(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[,;\\n]+")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList();
    }

    private void submit() {
        AssociationSubmission submission = new AssociationSubmission(title.getValue(), content.getValue(),
                field.getOptionalValue().map(IssueFieldOption::id).orElse(0L), taxCodes(taxCodes.getValue()),
                mayPublish.getValue());
        IssueDetails[] filed = new IssueDetails[1];
        FormFeedback feedback = new FormFeedback(this).bind("title", title).bind("content", content)
                .bind("fieldId", field).bind("taxCodes", taxCodes);
        if (feedback.attempt(() -> filed[0] = issues.submit(submission))) {
            showFiled(filed[0]);
        }
    }

    private void confirmBacking(SimilarIssue issue) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(KEY + "backTitle", issue.code()),
                getTranslation(KEY + "backText", issue.title()), getTranslation(KEY + "backConfirm"), event -> back(issue));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation(KEY + "cancel"));
        confirm.addClassName("portal-back-confirm");
        confirm.open();
    }

    private void back(SimilarIssue issue) {
        FormFeedback feedback = new FormFeedback(this).bind("taxCodes", taxCodes);
        if (feedback.attempt(() -> issues.back(issue.id(), taxCodes(taxCodes.getValue())))) {
            FormFeedback.success(this, KEY + "backed");
            UI.getCurrent().navigate("issues/" + issue.id());
        }
    }

    private void showFiled(IssueDetails issue) {
        removeAll();
        H2 done = new H2(getTranslation(KEY + "filedTitle", issue.code()));
        done.addClassName("portal-filed");
        Anchor open = new Anchor("issues/" + issue.id(), getTranslation(KEY + "openFiled"));
        open.addClassName("portal-open-filed");
        Anchor mine = new Anchor("my-submissions", getTranslation(KEY + "mySubmissions"));
        Button another = new Button(getTranslation(KEY + "another"), click -> {
            title.clear();
            content.clear();
            taxCodes.clear();
            mayPublish.clear();
            similar.show(List.of());
            showForm();
        });
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        AttachmentsPanel files = new AttachmentsPanel(attachments, IssueAttachmentPolicy.OWNER_TYPE, issue.id(),
                attachmentPolicy.canWrite(issue.id()));
        files.addClassName("portal-attachments");
        add(done, new Paragraph(getTranslation(KEY + "filedText")), files, open, mine, another);
    }
}

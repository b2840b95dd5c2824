package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.DialogueDirectory;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** The investment department logs a recommendation as a business raised it; {@code ?dialogue=<id>} preselects the session. */
@Route("issues/new")
@RolesAllowed(Role.Names.INVESTMENT_OFFICER)
class NewIssueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "issue.NewIssueView.";

    private final TextField title = new TextField();
    private final TextArea content = new TextArea();
    private final ComboBox<IssueChannel> channel = new ComboBox<>();
    private final ComboBox<DialogueRef> dialogue = new ComboBox<>();
    private final ComboBox<IssueFieldOption> field = new ComboBox<>();
    private final ComboBox<IssuePriority> priority = new ComboBox<>();
    private final MultiSelectComboBox<EnterpriseSummary> enterprises = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<AssociationSummary> associations = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<DdciChoice> ddciComponents = new MultiSelectComboBox<>();
    private final Checkbox isPublic = new Checkbox();
    private final DatePicker receivedOn;
    private final DialogueDirectory dialogueDirectory;
    private final List<DialogueRef> dialogues = new ArrayList<>();

    NewIssueView(IssueService issues, IssueFieldService fields, EnterpriseService enterpriseService,
                 AssociationService associationService, DdciService ddci, ObjectProvider<DialogueDirectory> directory) {
        receivedOn = IssueTexts.datePicker(this, getTranslation(KEY + "receivedOn"));
        dialogueDirectory = directory.getIfAvailable();
        if (dialogueDirectory != null) {
            dialogues.addAll(dialogueDirectory.recent(50));
        }
        title.setLabel(getTranslation(KEY + "title"));
        title.setRequiredIndicatorVisible(true);
        content.setLabel(getTranslation(KEY + "content"));
        content.setRequiredIndicatorVisible(true);
        content.setMinHeight("8rem");
        channel.setLabel(getTranslation(KEY + "channel"));
        channel.setItems(IssueChannel.recordedByHand());
        channel.setItemLabelGenerator(value -> IssueTexts.label(this, value));
        channel.setRequiredIndicatorVisible(true);
        channel.addValueChangeListener(event -> dialogue.setRequiredIndicatorVisible(event.getValue() == IssueChannel.DIALOGUE));
        dialogue.setLabel(getTranslation(KEY + "dialogue"));
        dialogue.setItems(dialogues);
        dialogue.setItemLabelGenerator(this::dialogueLabel);
        dialogue.setClearButtonVisible(true);
        field.setLabel(getTranslation(KEY + "field"));
        field.setItems(fields.fields().stream().filter(IssueFieldOption::active).toList());
        field.setItemLabelGenerator(value -> value.name(getLocale()));
        field.setRequiredIndicatorVisible(true);
        priority.setLabel(getTranslation(KEY + "priority"));
        priority.setItems(IssuePriority.values());
        priority.setItemLabelGenerator(value -> IssueTexts.label(this, value));
        priority.setValue(IssuePriority.NORMAL);
        enterprises.setLabel(getTranslation(KEY + "enterprises"));
        enterprises.setItems(enterpriseService.activeEnterprises());
        enterprises.setItemLabelGenerator(value -> value.name() + (value.taxCode() == null ? "" : " (" + value.taxCode() + ")"));
        associations.setLabel(getTranslation(KEY + "associations"));
        associations.setItems(associationService.activeAssociations());
        associations.setItemLabelGenerator(value -> value.name(getLocale()));
        ddciComponents.setLabel(getTranslation(KEY + "ddciComponents"));
        ddciComponents.setItems(DdciChoice.all(ddci, getLocale()));
        ddciComponents.setItemLabelGenerator(DdciChoice::label);
        ddciComponents.setHelperText(getTranslation(KEY + "ddciHelp"));
        isPublic.setLabel(getTranslation(KEY + "isPublic"));
        receivedOn.setHelperText(getTranslation(KEY + "receivedHelp"));

        FormLayout form = new FormLayout(title, content, channel, dialogue, field, priority, enterprises, associations,
                ddciComponents, receivedOn, isPublic);
        form.setColspan(title, 2);
        form.setColspan(content, 2);
        form.setColspan(ddciComponents, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        FormFeedback feedback = new FormFeedback(this).bind("title", title).bind("content", content).bind("channel", channel)
                .bind("dialogueId", dialogue).bind("fieldId", field).bind("priority", priority)
                .bind("enterpriseIds", enterprises).bind("associationIds", associations)
                .bind("ddciComponentIds", ddciComponents).bind("receivedOn", receivedOn);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            IssueDetails[] created = new IssueDetails[1];
            if (feedback.attempt(() -> created[0] = issues.create(newIssue()))) {
                FormFeedback.success(this, KEY + "saved");
                UI.getCurrent().navigate(IssueDetailView.class, new RouteParameters("id", String.valueOf(created[0].id())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation(KEY + "cancel"), click -> UI.getCurrent().navigate(IssueInboxView.class));
        add(new H2(getTranslation(KEY + "heading")), form, new HorizontalLayout(save, cancel));
        setMaxWidth("60rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("dialogue").flatMap(NewIssueView::parseId)
                .flatMap(this::dialogueById)
                .ifPresent(ref -> {
                    dialogue.setValue(ref);
                    channel.setValue(IssueChannel.DIALOGUE);
                });
    }

    // A session older than the recent ones offered can still be named in the link, e.g. from its own page.
    private Optional<DialogueRef> dialogueById(long id) {
        Optional<DialogueRef> offered = dialogues.stream().filter(ref -> ref.id() == id).findFirst();
        if (offered.isPresent() || dialogueDirectory == null) {
            return offered;
        }
        Optional<DialogueRef> older = dialogueDirectory.find(id);
        older.ifPresent(ref -> {
            dialogues.add(ref);
            dialogue.setItems(dialogues);
        });
        return older;
    }

    private NewIssue newIssue() {
        return new NewIssue(title.getValue(), content.getValue(), channel.getValue(),
                dialogue.getValue() == null ? null : dialogue.getValue().id(),
                field.getValue() == null ? 0 : field.getValue().id(), priority.getValue(),
                enterprises.getValue().stream().map(EnterpriseSummary::id).sorted().toList(),
                associations.getValue().stream().map(AssociationSummary::id).sorted().toList(),
                ddciComponents.getValue().stream().map(DdciChoice::id).collect(Collectors.toSet()),
                isPublic.getValue(), receivedOn.getValue());
    }

    private String dialogueLabel(DialogueRef ref) {
        return ref.title() + (ref.heldOn() == null ? "" : " (" + LocaleFormats.date(ref.heldOn(), getLocale()) + ")");
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

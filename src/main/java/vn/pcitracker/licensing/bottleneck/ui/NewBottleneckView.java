package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * Records a bottleneck; with {@code ?issue=<code>} it is turned from that recommendation: the form starts from its
 * title, content, lead agency and DDCI components, and the two are linked on saving.
 */
@Route("bottlenecks/new")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.ADMIN})
class NewBottleneckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "licensing.NewBottleneckView.";

    private final BottleneckService bottlenecks;
    private final IssueService issues;
    private final BottleneckFormFields fields;
    private final Paragraph origin = new Paragraph();
    private IssueDetails fromIssue;

    NewBottleneckView(BottleneckService bottlenecks, IssueService issues, BottleneckChoices choices) {
        this.bottlenecks = bottlenecks;
        this.issues = issues;
        this.fields = new BottleneckFormFields(choices.read(getLocale()), true);
        origin.addClassName("bottleneck-origin");
        origin.setVisible(false);
        FormFeedback feedback = fields.feedback(new FormFeedback(this));
        Button save = new Button(getTranslation(KEY + "save"), click -> feedback.attempt(this::save));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("bottleneck-save");
        Button cancel = new Button(getTranslation(KEY + "cancel"), click -> UI.getCurrent().navigate(BottleneckRegisterView.class));
        add(new H2(getTranslation(KEY + "title")), origin, fields, new HorizontalLayout(save, cancel));
        setMaxWidth("64rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getLocation().getQueryParameters().getSingleParameter("issue");
        fromIssue = code.flatMap(issues::findByCode).orElse(null);
        if (fromIssue != null) {
            bottlenecks.prefillFromIssue(fromIssue.code()).ifPresent(fields::show);
            origin.setText(getTranslation(KEY + "fromIssue", fromIssue.code(), fromIssue.title()));
            origin.setVisible(true);
        }
    }

    private void save() {
        BottleneckForm form = fields.read();
        BottleneckDetails saved = fromIssue == null ? bottlenecks.create(form) : bottlenecks.createFromIssue(fromIssue.id(), form);
        FormFeedback.success(this, KEY + "saved");
        UI.getCurrent().navigate(BottleneckView.class, new RouteParameters("id", String.valueOf(saved.id())));
    }
}

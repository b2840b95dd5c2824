package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueEdit;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseSummary;

/** Corrections by the investment department, most often adding the DDCI components an assignment needs. */
final class IssueEditDialog {

    private static final String KEY = "issue.NewIssueView.";

    interface Factory {
        void open(IssueDetails issue, Consumer<IssueDetails> done, Runnable reload);
    }

    private IssueEditDialog() {
    }

    /**
     * @param enterprises read when the dialog opens, not with the page: a province registers tens of thousands of
     *                    firms, and reading them all for every recommendation opened was the load test's most
     *                    expensive step (docs/performance.md)
     */
    static Factory factory(IssueService issues, List<IssueFieldOption> fields, Supplier<List<EnterpriseSummary>> enterpriseList,
                           Supplier<List<AssociationSummary>> associationList, List<DdciChoice> components) {
        return (issue, done, reload) -> {
            List<EnterpriseSummary> enterprises = enterpriseList.get();
            List<AssociationSummary> associations = associationList.get();
            IssueActionDialog dialog = new IssueActionDialog(issue.code());
            dialog.setHeaderTitle(dialog.getTranslation("issue.IssueAction.EDIT") + " · " + issue.code());
            TextField title = dialog.field("title", new TextField(dialog.getTranslation(KEY + "title"), issue.title(), ""));
            TextArea content = dialog.field("content", new TextArea(dialog.getTranslation(KEY + "content"), issue.content(), ""));
            ComboBox<IssueFieldOption> field = dialog.field("fieldId", new ComboBox<>(dialog.getTranslation(KEY + "field"), fields));
            field.setItemLabelGenerator(option -> option.name(IssueTexts.locale(dialog)));
            field.setValue(issue.field() == null ? null : fields.stream().filter(f -> f.id() == issue.field().id()).findFirst().orElse(null));
            ComboBox<IssuePriority> priority = dialog.field("priority", new ComboBox<>(dialog.getTranslation(KEY + "priority"),
                    IssuePriority.values()));
            priority.setItemLabelGenerator(value -> IssueTexts.label(dialog, value));
            priority.setValue(issue.priority());
            MultiSelectComboBox<DdciChoice> ddci = dialog.field("ddciComponentIds",
                    new MultiSelectComboBox<>(dialog.getTranslation(KEY + "ddciComponents"), components));
            ddci.setItemLabelGenerator(DdciChoice::label);
            ddci.setValue(components.stream().filter(c -> issue.ddciComponentIds().contains(c.id())).collect(Collectors.toSet()));
            MultiSelectComboBox<EnterpriseSummary> firms = dialog.field("enterpriseIds",
                    new MultiSelectComboBox<>(dialog.getTranslation(KEY + "enterprises"), enterprises));
            firms.setItemLabelGenerator(EnterpriseSummary::name);
            firms.setValue(enterprises.stream().filter(e -> issue.parties().stream()
                    .anyMatch(p -> Objects.equals(p.enterpriseId(), e.id()))).collect(Collectors.toSet()));
            MultiSelectComboBox<AssociationSummary> backers = dialog.field("associationIds",
                    new MultiSelectComboBox<>(dialog.getTranslation(KEY + "associations"), associations));
            backers.setItemLabelGenerator(a -> a.name(IssueTexts.locale(dialog)));
            backers.setValue(associations.stream().filter(a -> issue.parties().stream()
                    .anyMatch(p -> Objects.equals(p.associationId(), a.id()))).collect(Collectors.toSet()));
            Checkbox isPublic = new Checkbox(dialog.getTranslation(KEY + "isPublic"), issue.isPublic());
            dialog.info(isPublic);
            dialog.setWidth("44rem");
            dialog.confirm(dialog.getTranslation(KEY + "save"), () -> issues.edit(issue.id(), new IssueEdit(title.getValue(),
                    content.getValue(), field.getValue() == null ? 0 : field.getValue().id(), priority.getValue(),
                    ddci.getValue().stream().map(DdciChoice::id).collect(Collectors.toSet()), isPublic.getValue(),
                    firms.getValue().stream().map(EnterpriseSummary::id).sorted().toList(),
                    backers.getValue().stream().map(AssociationSummary::id).sorted().toList()), issue.version()), done, reload);
            dialog.open();
        };
    }
}

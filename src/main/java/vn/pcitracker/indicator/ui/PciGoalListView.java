package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * The province's PCI goals per year with the plan each comes from; demo goals carry the mark "Minh họa".
 * Administrators and the investment department set, change and delete them; the other officials read them.
 */
@Route("pci/goals")
@Menu(title = "indicator.PciGoalListView.menu", order = 1, icon = "vaadin:flag-checkered")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.LEADER})
class PciGoalListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "indicator.PciGoalListView.";

    private final PciGoalService goals;
    private final String provinceCode;
    private final List<SubIndex> subIndices;
    private final boolean editor;
    private final Grid<ProvinceGoal> grid = new Grid<>();
    private final PciGoalExport export;

    PciGoalListView(PciGoalService goals, PciService pci, AuthenticationContext authentication,
                    @Value("${app.province.code}") String provinceCode) {
        this.goals = goals;
        this.provinceCode = provinceCode;
        this.subIndices = pci.subIndices();
        this.editor = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER);
        addClassName("pci-goal-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProvinceGoal::year).setHeader(getTranslation(KEY + "year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(goal -> SubIndexFields.format(goal.targetComposite(), getLocale(), 2))
                .setHeader(getTranslation(KEY + "composite")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(goal -> goal.targetRank() == null ? "" : String.valueOf(goal.targetRank()))
                .setHeader(getTranslation(KEY + "rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::targetsText).setHeader(getTranslation(KEY + "targets")).setFlexGrow(3);
        grid.addComponentColumn(this::source).setHeader(getTranslation(KEY + "source")).setFlexGrow(3);
        if (editor) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        add(new Paragraph(getTranslation(KEY + "explanation")));
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editor) {
            Button add = new Button(getTranslation(KEY + "add"), VaadinIcon.PLUS.create(), click -> open(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClassName("goal-add");
            toolbar.add(add);
        }
        this.export = new PciGoalExport(this, getLocale(), subIndices);
        toolbar.add(new ExportButtons(PciGoalExport.FILE_NAME, this::export));
        setSizeFull();
        grid.setSizeFull();
        add(toolbar, grid);
        grid.setItems(goals.goals(provinceCode).reversed());
    }

    /** Writes the goals as the export buttons do: every goal, newest first, as listed. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, goals.goals(provinceCode).reversed());
    }

    String targetsText(ProvinceGoal goal) {
        if (goal.subIndexTargets().isEmpty()) {
            return getTranslation(KEY + "noTargets");
        }
        return subIndices.stream().filter(s -> goal.subIndexTargets().containsKey(s.code()))
                .map(s -> s.number() + ". " + SubIndexFields.format(goal.subIndexTargets().get(s.code()), getLocale(), 2))
                .collect(Collectors.joining(" · "));
    }

    private Component source(ProvinceGoal goal) {
        Div source = new Div();
        if (goal.synthetic()) {
            Span mark = new Span(getTranslation(KEY + "synthetic"));
            mark.getElement().getThemeList().add("badge contrast");
            mark.addClassName("goal-synthetic");
            source.add(mark, new Span(" "));
        }
        source.add(goal.sourceUrl() == null ? new Span(goal.sourceDocument())
                : SourceLink.of(goal.sourceUrl(), goal.sourceDocument()));
        return source;
    }

    private Component actions(ProvinceGoal goal) {
        Button edit = new Button(getTranslation(KEY + "edit"), click -> open(goal));
        edit.addClassName("goal-edit");
        Button delete = new Button(getTranslation(KEY + "delete"), click -> confirmDelete(goal));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClassName("goal-delete");
        return new HorizontalLayout(edit, delete);
    }

    void open(ProvinceGoal goal) {
        new GoalDialog(goal, subIndices, form -> goals.save(provinceCode, form, goal == null ? null : goal.version()),
                () -> refresh(KEY + "saved")).open();
    }

    void confirmDelete(ProvinceGoal goal) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(KEY + "deleteTitle", String.valueOf(goal.year())),
                getTranslation(KEY + "deleteText"), getTranslation(KEY + "delete"), event -> {
                    if (new FormFeedback(this).attempt(() -> goals.delete(goal.id(), goal.version()))) {
                        refresh(KEY + "deleted");
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation(KEY + "cancel"));
        dialog.open();
    }

    private void refresh(String messageKey) {
        grid.setItems(goals.goals(provinceCode).reversed());
        FormFeedback.success(this, messageKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

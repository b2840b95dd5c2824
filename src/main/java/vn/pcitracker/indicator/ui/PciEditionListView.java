package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * The PCI editions with their official weights: administrators add an edition, enter or change its weights, or clear
 * them. An edition without weights says plainly that its composite cannot be computed.
 */
@Route("admin/pci-editions")
@Menu(title = "indicator.PciEditionListView.menu", order = 94, icon = "vaadin:scale")
@RolesAllowed(Role.Names.ADMIN)
class PciEditionListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "indicator.PciEditionListView.";

    private final PciEditionService editions;
    private final List<SubIndex> subIndices;
    private final Grid<EditionSummary> grid = new Grid<>();
    private final PciEditionExport export;

    PciEditionListView(PciEditionService editions, PciService pci) {
        this.editions = editions;
        this.subIndices = pci.subIndices();
        addClassName("pci-edition-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EditionSummary::year).setHeader(getTranslation(KEY + "year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::weightsText).setHeader(getTranslation(KEY + "weights")).setFlexGrow(3);
        grid.addColumn(edition -> edition.weightsSource() == null ? "" : edition.weightsSource())
                .setHeader(getTranslation(KEY + "weightsSource")).setFlexGrow(2);
        grid.addColumn(edition -> edition.note() == null ? "" : edition.note()).setHeader(getTranslation(KEY + "note")).setFlexGrow(3);
        grid.addComponentColumn(this::source).setHeader(getTranslation(KEY + "source")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        Button add = new Button(getTranslation(KEY + "add"), VaadinIcon.PLUS.create(),
                click -> new EditionDialog(editions, added -> refresh(KEY + "added")).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("edition-add");
        setSizeFull();
        grid.setSizeFull();
        this.export = new PciEditionExport(this, getLocale(), subIndices);
        add(new Paragraph(getTranslation(KEY + "explanation")),
                new HorizontalLayout(FlexComponent.Alignment.CENTER, add, new ExportButtons(PciEditionExport.FILE_NAME, this::export)), grid);
        refresh(null);
    }

    /** Writes the editions as the export buttons do: every edition with its weights, as listed. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, editions.editions());
    }

    /** The weights in sub-index order ("1. 5 · 2. 5 · 3. 20 ..."), or "not computable". */
    String weightsText(EditionSummary edition) {
        if (!edition.hasWeights()) {
            return getTranslation(KEY + "noWeights");
        }
        return subIndices.stream().filter(s -> edition.weights().containsKey(s.code()))
                .map(s -> s.number() + ". " + SubIndexFields.format(edition.weights().get(s.code()), getLocale(), 0))
                .collect(Collectors.joining(" · "));
    }

    private Component source(EditionSummary edition) {
        return edition.sourceUrl() == null ? new Span() : SourceLink.of(edition.sourceUrl(), getTranslation(KEY + "open"));
    }

    private Component actions(EditionSummary edition) {
        Button weights = new Button(getTranslation(KEY + "enterWeights"), click -> openWeights(edition));
        weights.addClassName("edition-weights");
        Button clear = new Button(getTranslation(KEY + "clearWeights"), click -> confirmClear(edition));
        clear.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        clear.addClassName("edition-clear");
        clear.setEnabled(edition.hasWeights());
        return new HorizontalLayout(weights, clear);
    }

    void openWeights(EditionSummary edition) {
        new WeightsDialog(edition, subIndices, editions, saved -> refresh(KEY + "weightsSaved")).open();
    }

    void confirmClear(EditionSummary edition) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(KEY + "clearTitle", String.valueOf(edition.year())),
                getTranslation(KEY + "clearText"), getTranslation(KEY + "clearWeights"), event -> {
                    if (new FormFeedback(this).attempt(() -> editions.clearWeights(edition.year(), edition.version()))) {
                        refresh(KEY + "weightsCleared");
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation(KEY + "cancel"));
        dialog.open();
    }

    private void refresh(String messageKey) {
        grid.setItems(editions.editions());
        if (messageKey != null) {
            FormFeedback.success(this, messageKey);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Locale;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;

/** The criteria of a commitment with their terms, weight, source and the DDCI/PCI component they aim at. */
class CriteriaGrid extends Grid<CriterionView> {

    private static final String KEY = "commitment.CriteriaGrid.";

    CriteriaGrid(CommitmentDetails commitment, CriterionLabels labels) {
        Locale locale = getLocale();
        addClassName("commitment-criteria");
        addColumn(CriterionView::name).setHeader(getTranslation(KEY + "name")).setFlexGrow(3).setResizable(true);
        addColumn(CriterionView::unit).setHeader(getTranslation(KEY + "unit")).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> getTranslation(c.direction().labelKey())).setHeader(getTranslation(KEY + "direction")).setAutoWidth(true);
        addColumn(c -> CommitmentTexts.figure(c.baseline(), locale)).setHeader(getTranslation(KEY + "baseline")).setAutoWidth(true);
        addColumn(c -> CommitmentTexts.figure(c.committedValue(), locale)).setHeader(getTranslation(KEY + "committed")).setAutoWidth(true);
        addColumn(c -> CommitmentTexts.figure(c.target(), locale)).setHeader(getTranslation(KEY + "target")).setAutoWidth(true);
        addColumn(c -> CommitmentTexts.figure(c.stretch(), locale)).setHeader(getTranslation(KEY + "stretch")).setAutoWidth(true);
        addColumn(CriterionView::weight).setHeader(getTranslation(KEY + "weight")).setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> labels.source(c.source())).setHeader(getTranslation(KEY + "source")).setFlexGrow(2)
                .setTooltipGenerator(c -> labels.formula(c.source()));
        addColumn(labels::links).setHeader(getTranslation(KEY + "links")).setFlexGrow(2).setTooltipGenerator(labels::links);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(commitment.criteria());
    }
}

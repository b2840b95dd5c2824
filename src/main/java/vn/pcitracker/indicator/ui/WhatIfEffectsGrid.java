package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.PciWhatIf;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.indicator.WhatIfResult;

/**
 * The calculator's figures per sub-index, most sensitive first: value, weight, points per point, target and the gap to
 * it, and what the sub-index alone would need to close the gap to the goal's composite.
 */
class WhatIfEffectsGrid extends Grid<PciWhatIf.Effect> {

    private static final String KEY = "indicator.WhatIfEffectsGrid.";

    private final Map<String, SubIndex> byCode;
    private final Locale locale;
    private Map<String, BigDecimal> weights = Map.of();

    WhatIfEffectsGrid(List<SubIndex> subIndices, Locale locale) {
        this.byCode = subIndices.stream().collect(Collectors.toMap(SubIndex::code, Function.identity()));
        this.locale = locale;
        addClassName("what-if-effects");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(effect -> byCode.get(effect.code()).name(locale)).setHeader(getTranslation(KEY + "subIndex")).setFlexGrow(2);
        addColumn(effect -> number(effect.value(), 2)).setHeader(getTranslation(KEY + "value"));
        addColumn(effect -> number(weights.get(effect.code()), 0)).setHeader(getTranslation(KEY + "weight"));
        addColumn(effect -> number(effect.sensitivity(), 2)).setHeader(getTranslation(KEY + "sensitivity"));
        addColumn(effect -> number(effect.target(), 2)).setHeader(getTranslation(KEY + "target"));
        addColumn(effect -> number(effect.targetGap(), 2)).setHeader(getTranslation(KEY + "targetGap"));
        addColumn(this::alone).setHeader(getTranslation(KEY + "alone")).setFlexGrow(2);
        setAllRowsVisible(true);
    }

    void show(WhatIfResult result) {
        weights = result.edition() == null ? Map.of() : result.edition().weights();
        setItems(result.outcome().effects());
    }

    String alone(PciWhatIf.Effect effect) {
        if (effect.pointsToCloseGap() == null) {
            return "";
        }
        if (effect.pointsToCloseGap().signum() == 0) {
            return getTranslation(KEY + "reached");
        }
        String points = number(effect.pointsToCloseGap(), 2);
        return effect.closesGapAlone() ? getTranslation(KEY + "closes", points)
                : getTranslation(KEY + "cannotClose", points);
    }

    private String number(BigDecimal value, int minDecimals) {
        return SubIndexFields.format(value, locale, minDecimals);
    }
}

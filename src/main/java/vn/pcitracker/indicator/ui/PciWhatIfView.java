package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.PciWhatIfService;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.indicator.WhatIfResult;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.echarts.ECharts;

/**
 * The what-if calculator: starting from the province's newest published sub-index scores, an official changes any
 * of them and sees at once the composite the chosen edition's weights give, the gap to a goal, and which sub-indices
 * move the composite most per point.
 */
@Route("pci/what-if")
@Menu(title = "indicator.PciWhatIfView.menu", order = 2, icon = "vaadin:calc")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.LEADER})
class PciWhatIfView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "indicator.PciWhatIfView.";

    private final PciWhatIfService whatIf;
    private final String provinceCode;
    private final Map<String, SubIndex> byCode;
    private final PciYearResult published;
    final ComboBox<Integer> edition = new ComboBox<>();
    final ComboBox<Integer> goalYear = new ComboBox<>();
    final SubIndexFields values;
    final Span composite = new Span();
    final Span gap = new Span();
    final ECharts chart = new ECharts();
    final WhatIfEffectsGrid effects;

    PciWhatIfView(PciWhatIfService whatIf, PciService pci, PciEditionService editions, PciGoalService goals,
                  @Value("${app.province.code}") String provinceCode) {
        this.whatIf = whatIf;
        this.provinceCode = provinceCode;
        List<SubIndex> subIndices = pci.subIndices();
        this.byCode = subIndices.stream().collect(Collectors.toMap(SubIndex::code, Function.identity()));
        this.published = whatIf.latestPublishedScores(provinceCode).orElse(null);
        addClassName("pci-what-if");
        values = new SubIndexFields(subIndices, getLocale(), 2, "what-if-value");
        effects = new WhatIfEffectsGrid(subIndices, getLocale());
        edition.setLabel(getTranslation(KEY + "edition"));
        edition.setItems(editions.editions().stream().map(EditionSummary::year).toList());
        edition.setItemLabelGenerator(year -> getTranslation(KEY + "editionItem", String.valueOf(year)));
        whatIf.editionsWithWeights().stream().findFirst().ifPresent(edition::setValue);
        List<Integer> goalYears = goals.goals(provinceCode).stream().map(ProvinceGoal::year).toList();
        goalYear.setLabel(getTranslation(KEY + "goal"));
        goalYear.setItems(goalYears);
        goalYear.setItemLabelGenerator(year -> getTranslation(KEY + "goalItem", String.valueOf(year)));
        goalYear.setClearButtonVisible(true);
        int thisYear = Year.now().getValue();
        goalYears.stream().filter(year -> year >= thisYear).findFirst()
                .or(() -> goalYears.stream().reduce((first, last) -> last)).ifPresent(goalYear::setValue);
        Button reset = new Button(getTranslation(KEY + "reset"), VaadinIcon.REFRESH.create(), click -> reset());
        reset.addClassName("what-if-reset");
        reset.setEnabled(published != null);
        composite.addClassName("what-if-composite");
        gap.addClassName("what-if-gap");
        chart.addClassName("sensitivity-chart");
        chart.setHeight("380px");
        chart.setWidthFull();
        FormLayout fields = new FormLayout();
        values.fields().forEach(fields::add);
        add(new H3(getTranslation(KEY + "heading")), new Paragraph(getTranslation(KEY + "explanation")),
                new Paragraph(published == null ? getTranslation(KEY + "noPublished")
                        : getTranslation(KEY + "startsFrom", String.valueOf(published.year()))),
                new HorizontalLayout(edition, goalYear, reset), new Div(new H4(composite), gap), fields, chart, effects);
        reset();
        values.onChange(this::recompute);
        edition.addValueChangeListener(event -> recompute());
        goalYear.addValueChangeListener(event -> recompute());
        recompute();
    }

    private void reset() {
        values.setValues(published == null ? Map.of() : published.subIndexScores());
    }

    void recompute() {
        Map<String, BigDecimal> entered = values.values();
        if (edition.getValue() == null) {
            composite.setText(getTranslation(KEY + "noEdition"));
            gap.setText("");
            return;
        }
        WhatIfResult result = whatIf.compute(provinceCode, edition.getValue(), entered, goalYear.getValue());
        String year = String.valueOf(edition.getValue());
        composite.setText(result.outcome().composite().value()
                .map(value -> getTranslation(KEY + "composite", year, SubIndexFields.format(value, getLocale(), 2)))
                .orElseGet(() -> getTranslation(result.edition() != null && result.edition().hasWeights()
                        ? KEY + "missingScores" : KEY + "notComputable", year)));
        gap.setText(gapText(result));
        chart.setOption(SensitivityChart.option(result.outcome().effects(), byCode, getLocale(), this::getTranslation));
        chart.setVisible(result.edition() != null && result.edition().hasWeights());
        effects.show(result);
    }

    private String gapText(WhatIfResult result) {
        if (result.goal() == null || result.goal().targetComposite() == null) {
            return result.goal() == null ? "" : getTranslation(KEY + "goalWithoutComposite", String.valueOf(result.goal().year()));
        }
        BigDecimal gapValue = result.outcome().gap();
        if (gapValue == null) {
            return "";
        }
        String target = SubIndexFields.format(result.goal().targetComposite(), getLocale(), 2);
        String goal = String.valueOf(result.goal().year());
        return gapValue.signum() > 0
                ? getTranslation(KEY + "gapBelow", goal, target, SubIndexFields.format(gapValue, getLocale(), 2))
                : getTranslation(KEY + "gapReached", goal, target, SubIndexFields.format(gapValue.negate(), getLocale(), 2));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }
}

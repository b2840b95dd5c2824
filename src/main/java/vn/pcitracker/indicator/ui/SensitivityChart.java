package vn.pcitracker.indicator.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.pcitracker.indicator.PciWhatIf;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/** The ranked bars of composite points per +1 point of each sub-index: where effort pays most comes first. */
final class SensitivityChart {

    private SensitivityChart() {
    }

    static ChartOption option(List<PciWhatIf.Effect> effects, Map<String, SubIndex> byCode, Locale locale,
                              BiFunction<String, Object[], String> translate) {
        List<PciWhatIf.Effect> ranked = effects.stream().filter(effect -> effect.sensitivity() != null).toList();
        String points = translate.apply("indicator.SensitivityChart.points", new Object[0]);
        return ChartOption.builder()
                .title(Title.of(translate.apply("indicator.SensitivityChart.title", new Object[0]))
                        .withSubtext(translate.apply("indicator.SensitivityChart.subtitle", new Object[0])))
                .tooltip(Tooltip.axis())
                .xAxis(Axis.value().withName(points))
                .yAxis(Axis.category(ranked.stream().map(effect -> byCode.get(effect.code()).name(locale)).toList())
                        .inverted().withEveryLabelWrappedAt(160))
                .series(BarSeries.of(points, ranked.stream().map(PciWhatIf.Effect::sensitivity).toList())
                        .withLabel(Label.shown().withPosition("right")))
                .build();
    }
}

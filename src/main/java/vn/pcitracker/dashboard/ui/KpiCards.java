package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.function.Function;
import vn.pcitracker.issue.DashboardMeasure;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.KpiComparison;
import vn.pcitracker.issue.KpiFigures;
import vn.pcitracker.issue.Measure;

/**
 * The six headline figures, each with its change against the previous period of the same length (an arrow and the
 * difference, green when the change is good, red when bad) and each a link to the recommendations it counts.
 */
final class KpiCards {

    private final Section section;

    KpiCards(Section section) {
        this.section = section;
    }

    /** Whether a larger value is good news: more answers on time is, more overdue ones is not. */
    private enum Better { HIGHER, LOWER }

    private record Kpi(DashboardMeasure measure, Function<KpiFigures, OptionalDouble> value, boolean percent,
                       Better better, IssueFilter list) {
    }

    Div cards() {
        KpiComparison kpis = section.figures().kpis();
        DrillDown drill = section.drill();
        IssueFilter answered = drill.answered(drill.scope().from(), drill.scope().to());
        Div cards = new Div();
        cards.addClassName("kpi-cards");
        java.util.List.of(
                new Kpi(DashboardMeasure.OPEN, f -> OptionalDouble.of(f.open()), false, Better.LOWER,
                        drill.openOnScopeEnd()),
                new Kpi(DashboardMeasure.OVERDUE, f -> OptionalDouble.of(f.overdue()), false, Better.LOWER,
                        drill.issues().withOverdue(true)),
                new Kpi(DashboardMeasure.ON_TIME, f -> percent(f.onTime()), true, Better.HIGHER, answered),
                new Kpi(DashboardMeasure.SATISFACTION_766, f -> percent(f.satisfaction766()), true, Better.HIGHER,
                        drill.issues().withAccountableIn(drill.scope().from(), drill.scope().to())),
                new Kpi(DashboardMeasure.AVERAGE_WORKING_DAYS, f -> f.averageWorkingDays().rate(), false, Better.LOWER, answered),
                new Kpi(DashboardMeasure.REOPENED, f -> percent(f.reopened()), true, Better.LOWER, answered))
                .forEach(kpi -> cards.add(card(kpi, kpis)));
        return cards;
    }

    private Anchor card(Kpi kpi, KpiComparison kpis) {
        OptionalDouble now = kpi.value().apply(kpis.current());
        OptionalDouble before = kpi.value().apply(kpis.previous());
        Span label = new Span(section.label(kpi.measure().labelKey()));
        label.addClassName("kpi-label");
        Span value = new Span(now.isPresent() ? format(now.getAsDouble(), kpi) : "–");
        value.addClassName("kpi-value");
        Anchor card = new Anchor(section.drill().issuesUrl(kpi.list()), label, value, change(kpi, now, before));
        card.addClassNames("kpi-card", "kpi-" + kpi.measure().name().toLowerCase(java.util.Locale.ROOT));
        card.setTitle(section.text("dashboard.KpiCards.open", section.label(kpi.measure().labelKey())));
        return card;
    }

    private Span change(Kpi kpi, OptionalDouble now, OptionalDouble before) {
        Span change = new Span();
        change.addClassName("kpi-change");
        if (now.isEmpty() || before.isEmpty()) {
            change.setText(section.text("dashboard.KpiCards.noComparison"));
            return change;
        }
        double delta = round(now.getAsDouble() - before.getAsDouble());
        String arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "=";
        change.setText(section.text("dashboard.KpiCards.change", arrow + " " + format(Math.abs(delta), kpi)));
        if (delta != 0) {
            boolean good = (delta > 0) == (kpi.better() == Better.HIGHER);
            change.addClassName(good ? "good" : "bad");
        }
        return change;
    }

    private String format(double value, Kpi kpi) {
        int digits = kpi.measure() == DashboardMeasure.OPEN || kpi.measure() == DashboardMeasure.OVERDUE ? 0 : 1;
        String number = section.decimal(BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP), digits);
        return kpi.percent() ? number + " %" : number;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static OptionalDouble percent(Measure measure) {
        OptionalDouble rate = measure.rate();
        return rate.isPresent() ? OptionalDouble.of(rate.getAsDouble() * 100) : rate;
    }
}

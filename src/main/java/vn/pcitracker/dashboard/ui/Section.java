package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.pcitracker.dashboard.DashboardFigures;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Toolbox;

/**
 * What every section of the dashboard builds from: the figures, where clicks lead, and the texts of the user's
 * language. Also the one way a dashboard chart is made, so every chart can be saved as an image and lays out alike.
 */
record Section(DashboardFigures figures, DrillDown drill, Locale locale, BiFunction<String, Object[], String> translate) {

    String text(String key, Object... args) {
        return translate.apply(key, args);
    }

    /** A text under another module's key, e.g. a state's label. */
    String label(String fullKey) {
        return translate.apply(fullKey, new Object[0]);
    }

    String agencyName(Long id) {
        return figures.agency(id).map(agency -> agency.name(locale)).orElseGet(() -> "#" + id);
    }

    String decimal(BigDecimal value, int digits) {
        return value == null ? "–" : LocaleFormats.decimal(value, digits, locale);
    }

    /** A chart with its save-as-image icon, named for the CSS and tests by {@code className}. */
    ECharts chart(ChartOption.Builder option, String className, int heightPx) {
        ECharts chart = new ECharts(option.toolbox(Toolbox.saveAsImage(text("dashboard.Section.saveAsImage"), className)).build());
        chart.addClassName("dashboard-chart");
        chart.addClassName(className);
        chart.setHeight(heightPx + "px");
        return chart;
    }

    /** A titled block of the dashboard's grid holding charts. */
    static Div block(String heading, String className, Component... content) {
        Div block = new Div(new H3(heading));
        block.addClassNames("dashboard-section", className);
        Div grid = new Div(content);
        grid.addClassName("dashboard-grid");
        block.add(grid);
        return block;
    }
}

package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. The server owns the option and sends it whole as a JSON string property, so the chart
 * redraws itself identically after being detached and attached again, and the client never holds state the server
 * does not know about.
 * <p>
 * Colours, fonts and axis lines follow the page's CSS custom properties (see {@code echarts-chart.js}), so charts
 * match the application theme without each option repeating it. The chart is exposed to assistive technology as one
 * image named after the option's title.
 */
@Tag("echarts-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/echarts-chart.js")
public class ECharts extends Component implements HasSize, HasStyle {

    static final String OPTION_PROPERTY = "option";

    /** Absent keys let ECharts apply its defaults; an explicit null would override them with "nothing". */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ChartOption option;

    /** A chart as wide as its container and 400px high: ECharts draws nothing into an element without a size. */
    public ECharts() {
        getStyle().set("display", "block");
        setWidth("100%");
        setHeight("400px");
        getElement().setAttribute("role", "img");
    }

    public ECharts(ChartOption option) {
        this();
        setOption(option);
    }

    /** Replaces everything the chart shows; nothing of the previous option is merged in. */
    public void setOption(ChartOption option) {
        this.option = Objects.requireNonNull(option, "option");
        getElement().setProperty(OPTION_PROPERTY, JSON.writeValueAsString(option));
        Title title = option.title();
        if (title != null && title.text() != null && !title.text().isBlank()) {
            getElement().setAttribute("aria-label", title.text());
        } else {
            getElement().removeAttribute("aria-label");
        }
    }

    public ChartOption getOption() {
        return option;
    }

    /** Fires when the user clicks a data item (a point, bar, slice or radar polygon), not empty chart space. */
    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}

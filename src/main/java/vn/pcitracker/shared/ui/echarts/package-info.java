/**
 * A domain-free Apache ECharts component for Vaadin: {@link vn.pcitracker.shared.ui.echarts.ECharts} renders a
 * typed, JSON-serialisable {@link vn.pcitracker.shared.ui.echarts.ChartOption} (line, bar, radar and pie series on
 * cartesian or radar coordinates), reports clicks on data items as
 * {@link vn.pcitracker.shared.ui.echarts.ChartClickEvent}, and takes its palette, text colour and font from CSS custom
 * properties so it follows the application theme. It knows nothing of the application that uses it and could be
 * published as an add-on as it stands.
 */
package vn.pcitracker.shared.ui.echarts;

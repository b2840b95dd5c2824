package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/** One slice of a pie: the name is what legend, tooltip and click events report. */
public record NamedValue(String name, Number value) implements Serializable {
}

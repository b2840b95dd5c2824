package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * The chart's tool icons. {@link #saveAsImage} offers the chart as a PNG, drawn at twice the screen resolution so it
 * stays sharp in a report or slide.
 */
public record Toolbox(Feature feature, String right, String top) implements Serializable {

    /** A download icon in the top right corner whose tooltip is {@code title}; the file is named {@code fileName}. */
    public static Toolbox saveAsImage(String title, String fileName) {
        return new Toolbox(new Feature(new SaveAsImage(title, fileName, 2)), "8", "0");
    }

    public record Feature(SaveAsImage saveAsImage) implements Serializable {
    }

    /** @param name the downloaded file's name without extension */
    public record SaveAsImage(String title, String name, Integer pixelRatio) implements Serializable {
    }
}

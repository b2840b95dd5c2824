package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;

/**
 * Figures of one group of bottlenecks (an agency, or a conditional line; {@code groupId} null = no line), dropped
 * ones left out. Means are over the bottlenecks that have the figure, to one decimal: statutory and reduced days of
 * their procedures; actual days before the fix (latest before-fix median) and after it (see {@link BottleneckFigureService}).
 * {@code fixesCounted} bottlenecks contribute to {@code daysSaved}, the sum of their days saved.
 */
public record FigureRow(Long groupId, int bottlenecks, BigDecimal meanStatutoryDays, BigDecimal meanReducedDays,
                        BigDecimal meanDaysBefore, BigDecimal meanDaysAfter, int fixesCounted, BigDecimal daysSaved) {
}

package vn.pcitracker.indicator;

import java.math.BigDecimal;

/**
 * One PCI sub-index against a goal: {@code gap} = target − latest published score (positive: points still to gain;
 * null when either is unknown).
 */
public record SubIndexGoalGap(SubIndex subIndex, BigDecimal latestScore, BigDecimal target, BigDecimal gap) {
}

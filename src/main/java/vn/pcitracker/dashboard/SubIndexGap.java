package vn.pcitracker.dashboard;

import java.math.BigDecimal;
import vn.pcitracker.indicator.SubIndex;

/**
 * One PCI sub-index against the goal: {@code gap} = target − latest published score (positive: points still to gain;
 * null when either is unknown), and what stands in its way, linked through the DDCI mapping: open recommendations,
 * open bottlenecks and commitment criteria.
 */
public record SubIndexGap(SubIndex subIndex, BigDecimal latestScore, BigDecimal target, BigDecimal gap,
                          long openRecommendations, long openBottlenecks, long commitmentCriteria) {
}

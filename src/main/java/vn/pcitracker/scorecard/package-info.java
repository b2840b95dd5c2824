/**
 * The internal agency scorecard: per agency and period, figures computed from the product's own data (answers on
 * time, working days to answer, Decision 766 satisfaction, reopens, overdue now, bottlenecks owned, commitment
 * progress), each mapped to the DDCI component(s) it reflects ({@code scorecard_measure_component}, reference data
 * {@code data/reference/scorecard_measure_components.csv}), with the official DDCI result beside it where one
 * exists. It is the product's own measure, not the official DDCI. Every figure comes from an aggregate query of
 * the module that owns the data: issue ({@code IssueMeasures}), licensing (bottlenecks owned), commitment (unit
 * scores), indicator (DDCI components and results). Also uses organization, security, referencedata and shared;
 * nothing depends on it.
 */
@ApplicationModule
package vn.pcitracker.scorecard;

import org.springframework.modulith.ApplicationModule;

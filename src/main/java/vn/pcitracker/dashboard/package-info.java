/**
 * The leaders' dashboard: where the province stands against its PCI goals, what blocks it (open recommendations,
 * licensing bottlenecks, commitment criteria linked to each sub-index) and who is late, for a period and an agency,
 * every chart element leading to the filtered list behind it. A read model only: it owns no table and computes no
 * measure itself; the figures come from issue ({@code IssueDashboardFigures}, the measures of {@code IssueMeasures}),
 * indicator (PCI history and goals), licensing's bottleneck register and commitment. Uses those modules,
 * organization (agency names), security and shared; nothing uses it.
 */
@ApplicationModule
package vn.pcitracker.dashboard;

import org.springframework.modulith.ApplicationModule;

/**
 * The report on a month, quarter or year that the investment department sends the People's Committee: recommendations
 * received, answered, on time, open and overdue by agency, satisfaction, the backlog carried over and what changed
 * since the period before; bottlenecks that moved; commitment check-ins; the gap to the PCI goal. One
 * {@link vn.pcitracker.report.MonthlyReport} is written as a printable page with charts ({@code reports/monthly}), an
 * Excel workbook with a sheet per section, and a mail to the leaders on the first working day of each month
 * ({@code report_schedule}, V150). A read model like the dashboard: every figure comes from the module that owns it
 * (issue, licensing's bottleneck register, commitment, indicator); it also uses organization (agency names), calendar
 * (working days), notification (mail through the outbox), security and shared. Nothing uses it.
 */
@ApplicationModule
package vn.pcitracker.report;

import org.springframework.modulith.ApplicationModule;

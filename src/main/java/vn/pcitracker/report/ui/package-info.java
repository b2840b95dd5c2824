/** The report's printable page: views only, every figure from {@code MonthlyReportService}. */
package vn.pcitracker.report.ui;

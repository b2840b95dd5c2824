package vn.pcitracker.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The monthly mail runs on Spring's scheduler ({@code app.report.monthly.cron}; "-" switches the job off). */
@Configuration
@EnableScheduling
class ReportScheduling {
}

package vn.pcitracker.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import vn.pcitracker.report.ReportScheduleService;
import vn.pcitracker.report.ReportTexts;
import vn.pcitracker.report.ScheduleStatus;

/**
 * Whether the report on the month just ended is mailed to the leaders on the first working day of each month, and the
 * last month mailed; administrators and investment officers switch it, leaders see it. Left out of print.
 */
final class ScheduleSwitch {

    private static final String KEY = "report.ScheduleSwitch.";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportScheduleService schedule;
    private final boolean maySwitch;
    private final ReportTexts texts;
    private final Span last = new Span();

    ScheduleSwitch(ReportScheduleService schedule, boolean maySwitch, ReportTexts texts) {
        this.schedule = schedule;
        this.maySwitch = maySwitch;
        this.texts = texts;
    }

    Div panel() {
        ScheduleStatus status = schedule.status();
        Checkbox enabled = new Checkbox(texts.text(KEY + "label"), status.enabled());
        enabled.setReadOnly(!maySwitch);
        enabled.setTooltipText(texts.text(KEY + "hint"));
        enabled.addClassName("report-schedule-switch");
        enabled.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                describe(schedule.switchTo(change.getValue()));
            }
        });
        last.addClassName("report-schedule-last");
        describe(status);
        Div panel = new Div(enabled, last);
        panel.addClassName("report-schedule");
        return panel;
    }

    private void describe(ScheduleStatus status) {
        last.setText(status.lastSentPeriod() == null ? texts.text(KEY + "neverSent") : texts.text(KEY + "lastSent",
                texts.period(status.lastSentPeriod()), texts.date(status.lastSentAt().atZone(PROVINCE).toLocalDate()),
                texts.integer(status.lastSentMails() == null ? 0 : status.lastSentMails())));
    }
}

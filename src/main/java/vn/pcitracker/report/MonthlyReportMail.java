package vn.pcitracker.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcitracker.notification.MailText;

/**
 * The monthly report as a plain-text mail in the reader's language: the findings ({@link ReportSummary}) and a link to
 * the printable page, where the charts, the tables and the Excel workbook are. The workbook is not attached: the outbox
 * holds text only, and the link always gives the figures as they stand.
 */
@Component
class MonthlyReportMail {

    private static final String KEY = "report.MonthlyReportMail.";

    private final I18NProvider translations;
    private final String baseUrl;

    MonthlyReportMail(I18NProvider translations, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    MailText compose(MonthlyReport report, Locale locale, String recipientName) {
        ReportTexts texts = ReportTexts.of(translations, locale);
        String period = texts.period(report.period());
        String province = report.provinceName(texts.locale());
        StringBuilder body = new StringBuilder(texts.text(KEY + "greeting", recipientName)).append("\n\n")
                .append(texts.text(KEY + "intro", period, province)).append("\n\n");
        ReportSummary.sentences(report, texts).forEach(sentence -> body.append("- ").append(sentence).append('\n'));
        body.append('\n').append(texts.text(KEY + "link", link(report.period()))).append("\n\n")
                .append(texts.text(KEY + "footer"));
        return new MailText(texts.text(KEY + "subject", texts.periodCapitalised(report.period()), province), body.toString());
    }

    String link(ReportPeriod period) {
        return baseUrl + "/reports/monthly?period=" + period.code();
    }
}

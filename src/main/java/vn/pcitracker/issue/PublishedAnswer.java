package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * An answered public recommendation as the public results page shows it: the question, the answer, the lead
 * agency, the dates, whether the answer came by the deadline, and the submitter's latest verdict
 * ({@code satisfied} and {@code score} null when none was given). Nothing about people: no parties, no timeline,
 * no feedback comments.
 */
public record PublishedAnswer(String code, String title, String question, String answer, String fieldNameVi,
                              String fieldNameEn, String agencyNameVi, String agencyNameEn, IssueState state,
                              LocalDate receivedOn, LocalDate deadline, LocalDate answeredOn, boolean onTime,
                              Boolean satisfied, Integer score) {

    public String fieldName(Locale locale) {
        return AppLocales.isVietnamese(locale) || fieldNameEn == null ? fieldNameVi : fieldNameEn;
    }

    public String agencyName(Locale locale) {
        return AppLocales.isVietnamese(locale) || agencyNameEn == null ? agencyNameVi : agencyNameEn;
    }
}

package vn.pcitracker.issue;

import java.util.Locale;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * One lead agency's published answers: how many, how many by the deadline, how many were rated by their
 * submitter and how many of those satisfied them, and the mean score (1-5; null when none was rated). Rates
 * are null when their denominator is zero.
 */
public record AgencyAnswerFigures(long agencyId, String nameVi, String nameEn, int answered, int onTime, int rated,
                                  int satisfied, Double averageScore) {

    public String name(Locale locale) {
        return AppLocales.isVietnamese(locale) || nameEn == null ? nameVi : nameEn;
    }

    /** On time ÷ answered, as a percentage. */
    public Double onTimePercent() {
        return answered == 0 ? null : 100.0 * onTime / answered;
    }

    /** Satisfied ÷ rated, as a percentage. */
    public Double satisfiedPercent() {
        return rated == 0 ? null : 100.0 * satisfied / rated;
    }
}

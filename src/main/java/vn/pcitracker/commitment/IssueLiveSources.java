package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pcitracker.issue.IssueMeasures;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * The live sources read from the recommendations an agency leads ({@link IssueMeasures}, whose Javadoc defines each
 * measure): on-time answer rate, average working days to answer, Decision 766 satisfaction and reopen rate.
 * <p>
 * {@code IssueMeasures} gives an agency officer the figures of their own agency only. A check-in may concern a unit
 * that is another agency than the signed-in officer's (the signing agency's officer checks in for its units), so
 * these sources read the figure with the system's rights ({@link SystemAuthentication#runAsSystem}) <em>after</em>
 * the commitment service has checked that the user may read the commitment and check in for the unit; the figure
 * leaves only through that check.
 */
@Configuration(proxyBeanMethods = false)
class IssueLiveSources {

    static final String ON_TIME_ANSWER_RATE = "ON_TIME_ANSWER_RATE";
    static final String AVERAGE_WORKING_DAYS_TO_ANSWER = "AVERAGE_WORKING_DAYS_TO_ANSWER";
    static final String SATISFACTION_766 = "SATISFACTION_766";
    static final String REOPEN_RATE = "REOPEN_RATE";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Bean
    LiveSource onTimeAnswerRate(IssueMeasures measures) {
        return new MeasureSource(ON_TIME_ANSWER_RATE, "%", true, measures::onTimeRate);
    }

    @Bean
    LiveSource averageWorkingDaysToAnswer(IssueMeasures measures) {
        return new MeasureSource(AVERAGE_WORKING_DAYS_TO_ANSWER, "ngày", false, measures::averageWorkingDaysToAnswer);
    }

    @Bean
    LiveSource satisfaction766(IssueMeasures measures) {
        return new MeasureSource(SATISFACTION_766, "%", true, measures::satisfaction766);
    }

    @Bean
    LiveSource reopenRate(IssueMeasures measures) {
        return new MeasureSource(REOPEN_RATE, "%", true, measures::reopenRate);
    }

    interface MeasureQuery {
        Measure measure(LocalDate from, LocalDate to, Long agencyId);
    }

    /** One measure as a live source: a rate in percent, or a mean as it is, both rounded to two decimals. */
    record MeasureSource(String key, String unit, boolean percent, MeasureQuery query) implements LiveSource {

        @Override
        public String labelKey() {
            return "commitment.LiveSource." + key;
        }

        @Override
        public String formulaKey() {
            return "commitment.LiveSource." + key + ".formula";
        }

        @Override
        public Optional<BigDecimal> value(long agencyId, LocalDate from, LocalDate to) {
            OptionalDouble rate = SystemAuthentication.runAsSystem(() -> query.measure(from, to, agencyId)).rate();
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal value = BigDecimal.valueOf(rate.getAsDouble());
            return Optional.of((percent ? value.multiply(HUNDRED) : value).setScale(2, RoundingMode.HALF_UP));
        }
    }
}

package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.pcitracker.commitment.LiveSource;

/**
 * Figures of an agency's licensing work that an emulation commitment can use as live criteria, read from the evidence
 * of the bottleneck register so that nobody types them twice. The population of both: evidence rows (before or after a
 * fix) of bottlenecks whose agency concerned is the unit, not dropped, whose measured period <em>ends</em> within the
 * quarter (a measurement counts once, in the quarter it was closed).
 * <ul>
 * <li>{@value #MEDIAN_DAYS}: Σ (median actual days × files received) ÷ Σ files received, over rows with a median and at
 * least one file: the files-weighted mean of the medians, in days.</li>
 * <li>{@value #ON_TIME_FILES}: Σ files on time ÷ Σ (files on time + files late), in percent.</li>
 * </ul>
 * The commitment service has checked that the user may read the commitment before it asks; the query reads the
 * tables directly, as the figures pages do, without a user's visibility (the figure is one agency-wide number).
 */
@Configuration(proxyBeanMethods = false)
class LicensingLiveSources {

    static final String MEDIAN_DAYS = "LICENSING_MEDIAN_DAYS";
    static final String ON_TIME_FILES = "LICENSING_ON_TIME_FILES";

    private static final String POPULATION = """
             FROM bottleneck_evidence e JOIN bottleneck b ON b.id = e.bottleneck_id
            WHERE b.agency_id = :agency AND b.state <> 'DROPPED' AND e.period_to BETWEEN :from AND :to""";

    @Bean
    LiveSource licensingMedianDays(NamedParameterJdbcTemplate jdbc) {
        return new SqlSource(MEDIAN_DAYS, "ngày", jdbc, "SELECT sum(e.median_actual_days * e.files_received),"
                + " sum(e.files_received)" + POPULATION + " AND e.median_actual_days IS NOT NULL AND e.files_received > 0",
                BigDecimal.ONE);
    }

    @Bean
    LiveSource licensingOnTimeFiles(NamedParameterJdbcTemplate jdbc) {
        return new SqlSource(ON_TIME_FILES, "%", jdbc,
                "SELECT sum(e.files_on_time), sum(e.files_on_time + e.files_late)" + POPULATION, BigDecimal.valueOf(100));
    }

    /** A ratio of two sums read by one SQL statement, times {@code scale}, two decimals; empty when the divisor is 0. */
    record SqlSource(String key, String unit, NamedParameterJdbcTemplate jdbc, String sql, BigDecimal scale)
            implements LiveSource {

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
            MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agencyId)
                    .addValue("from", from).addValue("to", to);
            return jdbc.query(sql, parameters, rs -> {
                rs.next();
                BigDecimal numerator = rs.getBigDecimal(1);
                BigDecimal divisor = rs.getBigDecimal(2);
                if (numerator == null || divisor == null || divisor.signum() == 0) {
                    return Optional.empty();
                }
                return Optional.of(numerator.multiply(scale).divide(divisor, 2, RoundingMode.HALF_UP));
            });
        }
    }
}

package vn.pcitracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDayAndComparesWithTheMonthBefore() {
        ReportPeriod february = ReportPeriod.parse("2024-02").orElseThrow();

        assertThat(february).isEqualTo(ReportPeriod.month(YearMonth.of(2024, 2)));
        assertThat(february.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(february.previous().code()).isEqualTo("2024-01");
        assertThat(ReportPeriod.parse("2026-01").orElseThrow().previous().code()).isEqualTo("2025-12");
        assertThat(ReportPeriod.parse("2026-1")).contains(ReportPeriod.month(YearMonth.of(2026, 1)));
    }

    @Test
    void aQuarterIsThreeMonthsAndTheFirstComesAfterTheLastOfTheYearBefore() {
        ReportPeriod third = ReportPeriod.parse("2026-Q3").orElseThrow();

        assertThat(third.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(third.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(third.previous()).isEqualTo(ReportPeriod.quarter(2026, 2));
        assertThat(ReportPeriod.quarter(2026, 1).previous()).isEqualTo(ReportPeriod.quarter(2025, 4));
        assertThat(third.code()).isEqualTo("2026-Q3");
    }

    @Test
    void aYearComparesWithTheYearBefore() {
        ReportPeriod year = ReportPeriod.parse("2026").orElseThrow();

        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.previous().code()).isEqualTo("2025");
        assertThat(year.twelveMonthsToEnd()).hasSize(12).startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void anythingElseIsNoPeriod() {
        assertThat(ReportPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2026-00")).isEmpty();
        assertThat(ReportPeriod.parse("tháng 10")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
        assertThatThrownBy(() -> new ReportPeriod(ReportPeriod.Kind.YEAR, 2026, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthlyMailCoversTheMonthBeforeAndTheTwelveMonthsEndWithIt() {
        ReportPeriod december = ReportPeriod.monthBefore(LocalDate.of(2026, 1, 5));

        assertThat(december.code()).isEqualTo("2025-12");
        assertThat(december.twelveMonthsToEnd()).startsWith(YearMonth.of(2025, 1)).endsWith(YearMonth.of(2025, 12));
    }

    @Test
    void theChoicesStartWithTheRunningPeriod() {
        LocalDate today = LocalDate.of(2026, 11, 3);

        assertThat(ReportPeriod.choices(ReportPeriod.Kind.MONTH, today, 3)).extracting(ReportPeriod::code)
                .containsExactly("2026-11", "2026-10", "2026-09");
        assertThat(ReportPeriod.choices(ReportPeriod.Kind.QUARTER, today, 2)).extracting(ReportPeriod::code)
                .containsExactly("2026-Q4", "2026-Q3");
        assertThat(ReportPeriod.month(YearMonth.of(2026, 11)).isRunningOn(today)).isTrue();
        assertThat(ReportPeriod.month(YearMonth.of(2026, 12)).startsAfter(today)).isTrue();
    }
}

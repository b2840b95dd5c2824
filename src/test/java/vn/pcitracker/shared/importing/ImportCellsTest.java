package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportCellsTest {

    private final ImportProblems problems = new ImportProblems();

    @Test
    void datesAreReadAsVietnameseWriteThemOrAsIsoDates() {
        assertThat(date("05/03/2025")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(date("5/3/2025")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(date("2025-03-05")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anImpossibleOrAmericanDateIsAProblemAtItsRowAndColumn() {
        assertThat(date("31/02/2025")).isNull();
        assertThat(date("03/25/2025")).isNull();
        assertThat(date("hôm qua")).isNull();
        assertThat(problems.list()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.row()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo("c");
            assertThat(problem.messageKey()).isEqualTo(ImportProblems.NOT_A_DATE);
        });
    }

    @Test
    void wholeNumbersMayBeGroupedInThousands() {
        assertThat(ImportCells.integer(row("1.250"), "c", problems)).isEqualTo(1250L);
        assertThat(ImportCells.integer(row("1,250,000"), "c", problems)).isEqualTo(1_250_000L);
        assertThat(ImportCells.integer(row("-12"), "c", problems)).isEqualTo(-12L);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(ImportCells.integer(row("12,5"), "c", problems)).isNull();
        assertThat(problems.list()).extracting(ImportProblem::messageKey).containsExactly(ImportProblems.NOT_AN_INTEGER);
    }

    @Test
    void decimalsTakeADotOrACommaAndTheLastMarkIsTheDecimalOne() {
        assertThat(ImportCells.decimal(row("7,5"), "c", problems)).isEqualByComparingTo("7.5");
        assertThat(ImportCells.decimal(row("7.5"), "c", problems)).isEqualByComparingTo("7.5");
        assertThat(ImportCells.decimal(row("1.234,5"), "c", problems)).isEqualByComparingTo("1234.5");
        assertThat(ImportCells.decimal(row("1,234.5"), "c", problems)).isEqualByComparingTo("1234.5");
        assertThat(ImportCells.decimal(row("1.234.567"), "c", problems)).isEqualByComparingTo(new BigDecimal(1234567));
        assertThat(problems.isEmpty()).isTrue();
        assertThat(ImportCells.decimal(row("bảy"), "c", problems)).isNull();
        assertThat(problems.list()).extracting(ImportProblem::args).containsExactly(new Object[] {"bảy"});
    }

    @Test
    void textLongerThanItsLimitIsAProblemAndBlankIsNothing() {
        assertThat(ImportCells.text(row("abcdef"), "c", 5, problems)).isNull();
        assertThat(problems.list()).singleElement().satisfies(problem ->
                assertThat(problem.args()).containsExactly(5, 6));
        assertThat(ImportCells.text(new ImportRow(3, Map.of()), "c", 5, problems)).isNull();
        assertThat(problems.list()).hasSize(1);
    }

    @Test
    void requiredReportsABlankCell() {
        assertThat(ImportCells.required(new ImportRow(4, Map.of()), "c", problems)).isNull();
        assertThat(problems.list()).containsExactly(new ImportProblem(4, "c", ImportProblems.REQUIRED));
    }

    @Test
    void taxCodesMustCarryTheirCheckDigit() {
        assertThat(ImportCells.taxCode(row("0100109106"), "c", problems)).isEqualTo("0100109106");
        assertThat(ImportCells.taxCode(row("0314409058 - 002"), "c", problems)).isEqualTo("0314409058-002");
        assertThat(problems.isEmpty()).isTrue();
        assertThat(ImportCells.taxCode(row("0100109107"), "c", problems)).isNull();
        assertThat(problems.list()).extracting(ImportProblem::messageKey).containsExactly(ImportProblems.NOT_A_TAX_CODE);
    }

    private LocalDate date(String text) {
        return ImportCells.date(row(text), "c", problems);
    }

    private static ImportRow row(String value) {
        return new ImportRow(7, Map.of("c", value));
    }
}

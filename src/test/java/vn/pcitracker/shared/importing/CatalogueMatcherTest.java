package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueMatcherTest {

    record Agency(String code, String nameVi, String nameEn) {
    }

    private static final List<Agency> AGENCIES = List.of(
            new Agency("SXD", "Sở Xây dựng", "Department of Construction"),
            new Agency("STC", "Sở Tài chính", "Department of Finance"),
            new Agency("UBND-A", "Ủy ban nhân dân huyện An Dương", null),
            new Agency("UBND-B", "Ủy ban nhân dân huyện An Dương", null));

    private final CatalogueMatcher<Agency> matcher =
            CatalogueMatcher.byNames(AGENCIES, Agency::code, Agency::nameVi, Agency::nameEn);
    private final ImportProblems problems = new ImportProblems();

    @Test
    void findsAnEntryByAnyNameIgnoringCaseDiacriticsPunctuationAndSpaces() {
        assertThat(find("so xay  dung")).isEqualTo(AGENCIES.getFirst());
        assertThat(find("SỞ TÀI CHÍNH.")).isEqualTo(AGENCIES.get(1));
        assertThat(find("department of finance")).isEqualTo(AGENCIES.get(1));
        assertThat(find("sxd")).isEqualTo(AGENCIES.getFirst());
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anUnknownOrAmbiguousNameIsAProblemAndNeverAGuess() {
        assertThat(find("Sở Y tế")).isNull();
        assertThat(find("Uỷ ban nhân dân huyện An Dương")).isNull();
        assertThat(problems.list()).extracting(ImportProblem::messageKey)
                .containsExactly(ImportProblems.UNKNOWN, ImportProblems.AMBIGUOUS);
        assertThat(problems.list().get(1).args()).containsExactly("Uỷ ban nhân dân huyện An Dương", 2);
    }

    @Test
    void aBlankCellFindsNothingQuietly() {
        assertThat(matcher.find(new ImportRow(2, Map.of()), "agency", problems)).isNull();
        assertThat(problems.isEmpty()).isTrue();
    }

    private Agency find(String name) {
        return matcher.find(new ImportRow(5, Map.of("agency", name)), "agency", problems);
    }
}

package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * The two additions the ported imports need: columns named by data (a DDCI component's code) rather than by a
 * translation key, and the "# ..." lines our reference CSV files open with.
 */
class LiteralColumnsAndCommentsTest {

    private static final ImportDefinition DEFINITION = ImportDefinition.of("test.literal", "test.Title.key",
            List.of(ImportColumn.required("unit", "test.Unit.key"), ImportColumn.literal("ENTRY_COST", "ENTRY_COST")),
            List.of(Map.of("unit", "Sở Xây dựng", "ENTRY_COST", "7.5")));

    @Test
    void aLiteralColumnShowsItsLabelInEveryLanguageAndMatchesItAsAHeader() {
        HeaderMatcher matcher = new HeaderMatcher(DEFINITION, key -> List.of("Đơn vị", "Unit"));

        assertThat(matcher.match(List.of("Đơn vị *", "entry cost"), Map.of()).columnIds())
                .containsExactly("unit", "ENTRY_COST");
        assertThat(DEFINITION.column("ENTRY_COST").orElseThrow().header(key -> "!" + key + "!")).isEqualTo("ENTRY_COST");
        assertThat(DEFINITION.column("unit").orElseThrow().header(key -> "Đơn vị")).isEqualTo("Đơn vị");
    }

    @Test
    void theTemplateWritesTheLabelAsTheHeader() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportTemplate.write(DEFINITION, ExportFormat.CSV, out, Locale.of("vi"), key -> "Đơn vị");

        assertThat(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFĐơn vị *,ENTRY_COST");
    }

    @Test
    void commentLinesBeforeTheHeaderAreSkippedAndRowNumbersCountThem() {
        ReadSheet sheet = SpreadsheetReader.read(bytes("# where the figures come from\n#   and what is unsure\n"
                + "unit,score\n# not a comment once the header is read\nSở Xây dựng,73.10\n"), ImportLimits.DEFAULT);

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.headers()).containsExactly("unit", "score");
        assertThat(sheet.rows()).extracting(SheetRow::row).containsExactly(4, 5);
        assertThat(sheet.rows().get(1).cells()).containsExactly("Sở Xây dựng", "73.10");
    }

    @Test
    void aHeaderWhoseFirstCellIsAHashIsNoComment() {
        ReadSheet sheet = SpreadsheetReader.read(bytes("#,unit\n1,Sở Xây dựng\n"), ImportLimits.DEFAULT);

        assertThat(sheet.headers()).containsExactly("#", "unit");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

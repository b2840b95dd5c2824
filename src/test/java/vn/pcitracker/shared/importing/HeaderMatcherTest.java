package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    static final ImportDefinition DEFINITION = ImportDefinition.of("test.items", "test.title", List.of(
            ImportColumn.required("title", "test.title.header"),
            ImportColumn.optional("received_on", "test.received.header"),
            ImportColumn.optional("agency", "test.agency.header")), List.of());
    private static final Map<String, List<String>> LABELS = Map.of(
            "test.title.header", List.of("Tiêu đề", "Title"),
            "test.received.header", List.of("Ngày tiếp nhận", "Received on"),
            "test.agency.header", List.of("Cơ quan chủ trì", "Lead agency"));

    private final HeaderMatcher matcher = new HeaderMatcher(DEFINITION, LABELS::get);

    @Test
    void headersMatchByLabelInEitherLanguageOrByIdIgnoringCaseDiacriticsSpacesAndTheRequiredMark() {
        ColumnMapping mapping = matcher.match(List.of("TIEU DE *", "received_on", "Cơ quan  chủ trì.", "Ghi chú"), Map.of());
        assertThat(mapping.columnIds()).containsExactly("title", "received_on", "agency", null);
        assertThat(matcher.match(List.of("Lead Agency", "ngaytiepnhan"), Map.of()).columnIds())
                .containsExactly("agency", "received_on");
    }

    @Test
    void aTemplateColumnIsFedByTheFirstMatchingFileColumnOnly() {
        assertThat(matcher.match(List.of("Title", "Tiêu đề"), Map.of()).columnIds()).containsExactly("title", null);
    }

    @Test
    void rememberedChoicesComeFirstIncludingIgnoringAColumn() {
        Map<String, String> remembered = Map.of(ImportText.headerKey("Nội dung ngắn"), "title",
                ImportText.headerKey("Tiêu đề"), ColumnMapping.IGNORED);
        ColumnMapping mapping = matcher.match(List.of("Tiêu đề", "Nội dung ngắn", "Ngày tiếp nhận"), remembered);
        assertThat(mapping.columnIds()).containsExactly(null, "title", "received_on");
    }

    @Test
    void aRememberedColumnTheTemplateNoLongerHasIsIgnoredInFavourOfMatching() {
        ColumnMapping mapping = matcher.match(List.of("Tiêu đề"), Map.of(ImportText.headerKey("Tiêu đề"), "gone"));
        assertThat(mapping.columnIds()).containsExactly("title");
    }

    @Test
    void choosingAColumnTakesItFromAnyOtherFileColumnAndMissingRequiredColumnsAreNamed() {
        ColumnMapping mapping = matcher.match(List.of("Tiêu đề", "Ghi chú"), Map.of()).with(1, "title");
        assertThat(mapping.columnIds()).containsExactly(null, "title");
        assertThat(mapping.headerOf("title")).isEqualTo("Ghi chú");
        assertThat(mapping.with(1, null).missing(DEFINITION)).extracting(ImportColumn::id).containsExactly("title");
    }

    @Test
    void whatIsRememberedIsEveryHeaderByKeyWithItsColumnOrIgnored() {
        ColumnMapping mapping = matcher.match(List.of("Tiêu đề", "Ghi chú", ""), Map.of());
        assertThat(mapping.byHeaderKey()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tieude", "title", "ghichu", ColumnMapping.IGNORED));
    }
}

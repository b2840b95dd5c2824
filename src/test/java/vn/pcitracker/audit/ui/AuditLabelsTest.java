package vn.pcitracker.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pcitracker.audit.AuditedActions;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/** Whatever the application can write to the audit log reads as words in both languages; the rest as stored. */
class AuditLabelsTest {

    private static final List<Locale> LANGUAGES = List.of(AppLocales.VIETNAMESE, AppLocales.ENGLISH);

    private static final String MARK = "\u0000";

    private final ModuleTranslationProvider translations = new ModuleTranslationProvider();

    @Test
    void theAuditedCodesAreFoundTheWayThePointcutFindsThem() {
        assertThat(AuditedActions.codes())
                .contains("login", "access", "export", "BottleneckService.move", "IssueService.assign", "SessionService.end")
                .as("read-only methods and helpers that merely join a transaction are not audited")
                .doesNotContain("AuditLogService.entries", "IssueQueryService.search",
                        "IssueQueryService.toQueryParameters");
    }

    @Test
    void everyActionTheApplicationCanRecordHasALabelInVietnameseAndEnglish() {
        assertEveryOneLabelled(AuditedActions.codes(), labels -> labels::action);
    }

    @Test
    void everyTargetTypeTheApplicationCanRecordHasALabelInVietnameseAndEnglish() {
        assertEveryOneLabelled(AuditedActions.targetTypes(), labels -> labels::targetType);
    }

    @Test
    void everyRoleHasALabelInVietnameseAndEnglish() {
        assertEveryOneLabelled(AuditedActions.roles(), labels -> labels::role);
    }

    @Test
    void codesReadAsLabelsAndAnythingUnknownAsStored() {
        AuditLabels vietnamese = AuditLabels.in(AppLocales.VIETNAMESE, translations);
        AuditLabels english = AuditLabels.in(AppLocales.ENGLISH, translations);

        assertThat(vietnamese.action("BottleneckService.move")).isEqualTo("Điểm nghẽn: chuyển bước xử lý");
        assertThat(english.action("BottleneckService.move")).isEqualTo("Bottleneck: moved to a step");
        assertThat(vietnamese.targetType("Bottleneck")).isEqualTo("Điểm nghẽn");
        assertThat(vietnamese.targetType("BottleneckService")).as("a refused call names the class").isEqualTo("Điểm nghẽn");
        assertThat(vietnamese.role("INVESTMENT_OFFICER")).isEqualTo("Cán bộ phụ trách đầu tư");
        assertThat(english.role("API_CLIENT")).isEqualTo("Partner system (API)");

        assertThat(english.action("NoSuchService.run")).isEqualTo("NoSuchService.run");
        assertThat(english.targetType("Gadget")).isEqualTo("Gadget");
        assertThat(english.role("ROBOT")).isEqualTo("ROBOT");
        assertThat(english.action(null)).isEmpty();
        assertThat(english.targetType(null)).isEmpty();
        assertThat(english.role(null)).isEmpty();
    }

    @Test
    void theActionsWhoseLabelHoldsTheTypedTextAreFoundIgnoringCaseAndDiacritics() {
        AuditLabels vietnamese = AuditLabels.in(AppLocales.VIETNAMESE, translations);

        assertThat(vietnamese.actionsLabelled("chuyen buoc")).containsExactly("BottleneckService.move");
        assertThat(vietnamese.actionsLabelled("ĐIỂM NGHẼN")).contains("BottleneckService.move", "BottleneckService.verify")
                .allMatch(code -> code.startsWith("BottleneckService."));
        assertThat(AuditLabels.in(AppLocales.ENGLISH, translations).actionsLabelled("moved to a"))
                .containsExactly("BottleneckService.move");
        assertThat(vietnamese.actionsLabelled("  ")).isEmpty();
        assertThat(vietnamese.actionsLabelled(null)).isEmpty();
    }

    /**
     * Every text of the language is marked, so that a label (which may read like its code, "Account") tells itself
     * from a value shown as stored; each value without one is named, with its language.
     */
    private void assertEveryOneLabelled(Collection<String> stored, Function<AuditLabels, Function<String, String>> label) {
        for (Locale language : LANGUAGES) {
            Map<String, String> marked = translations.translations(language).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, text -> MARK + text.getValue()));
            Function<String, String> labelOf = label.apply(new AuditLabels(marked));
            assertThat(stored).as("stored values without a label in %s", language)
                    .filteredOn(value -> !labelOf.apply(value).startsWith(MARK)).isEmpty();
        }
    }
}

package vn.pcitracker.audit.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportText;

/**
 * Readable names, in one language, for what the audit log stores as codes: the action ({@code BottleneckService.move}
 * reads "Điểm nghẽn: chuyển bước xử lý"), the target type ({@code Bottleneck}, or {@code BottleneckService} for a
 * refused call) and the role. Labels live in {@code i18n/audit_labels*.properties}, one per code, and
 * {@code AuditLabelsTest} fails for any code the application can record that has none; the roles of the product
 * keep the security module's labels. Anything else, old rows included, shows as stored. The stored codes stay what
 * is filtered on and exported.
 */
final class AuditLabels {

    static final String ACTION = "audit.AuditLabels.action.";
    static final String TARGET = "audit.AuditLabels.target.";
    static final String ROLE = "audit.AuditLabels.role.";
    /** The security module's names of the product's roles, shown on its accounts screen too. */
    static final String PRODUCT_ROLE = "security.Role.";

    private final Map<String, String> texts;

    AuditLabels(Map<String, String> texts) {
        this.texts = texts;
    }

    static AuditLabels in(Locale locale, ModuleTranslationProvider translations) {
        return new AuditLabels(translations.translations(locale));
    }

    String action(String code) {
        return code == null ? "" : texts.getOrDefault(ACTION + code, code);
    }

    /**
     * The codes whose label holds {@code typed}, compared as people read them ({@link ImportText#key}: without case,
     * Vietnamese diacritics or punctuation, so "chuyen buoc" finds "Điểm nghẽn: chuyển bước xử lý"); none for blank text.
     */
    Set<String> actionsLabelled(String typed) {
        String wanted = ImportText.key(typed);
        if (wanted == null) {
            return Set.of();
        }
        return texts.entrySet().stream()
                .filter(text -> text.getKey().startsWith(ACTION) && holds(text.getValue(), wanted))
                .map(text -> text.getKey().substring(ACTION.length())).collect(Collectors.toSet());
    }

    private static boolean holds(String label, String wanted) {
        String key = ImportText.key(label);
        return key != null && key.contains(wanted);
    }

    String targetType(String type) {
        if (type == null) {
            return "";
        }
        return texts.getOrDefault(TARGET + type, texts.getOrDefault(TARGET + type.replaceFirst("Service$", ""), type));
    }

    String role(String role) {
        if (role == null) {
            return "";
        }
        return texts.getOrDefault(PRODUCT_ROLE + role, texts.getOrDefault(ROLE + role, role));
    }
}

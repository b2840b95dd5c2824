package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The notification texts (one per kind and language, a short catalogue) to Excel or CSV, with the bodies the grid
 * opens in its dialog, so that they can be reviewed side by side. Texts are resolved when the view is built.
 */
final class NotificationTemplateExport {

    static final String FILE_NAME = "noi-dung-thong-bao";

    private static final String KEY = "notification.NotificationTemplateExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<TemplateSummary> table;

    NotificationTemplateExport(Component owner, Locale locale) {
        this.locale = locale;
        Map<NotificationKind, String> kinds = Arrays.stream(NotificationKind.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), kind -> owner.getTranslation(locale, "notification.NotificationKind." + kind.name())));
        Map<String, String> languages = Map.of("vi", owner.getTranslation(locale, KEY + "language.vi"),
                "en", owner.getTranslation(locale, KEY + "language.en"));
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "kind", 36, template -> kinds.get(template.kind())),
                ExportColumn.text(KEY + "code", 24, template -> template.kind().name()),
                ExportColumn.text(KEY + "language", 12, template -> languages.getOrDefault(template.language(), template.language())),
                ExportColumn.text(KEY + "subject", 60, TemplateSummary::subject),
                ExportColumn.text(KEY + "body", 100, TemplateSummary::body));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes every template; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<TemplateSummary> templates) {
        table.write(format, templates.stream(), out, locale, texts);
    }
}

package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The dialogue sessions, as searched and filtered, to Excel or CSV, with the place, chair and associations the
 * grid leaves out. The service returns the sessions in one list (a province holds a few dozen a year), as for the
 * grid. Names and labels are resolved when the view is built, because the download runs outside the UI.
 */
final class DialogueExport {

    static final String FILE_NAME = "phien-doi-thoai";

    private static final String KEY = "dialogue.DialogueExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<DialogueSummary> table;

    /**
     * @param agencyNames      every agency's name by id, retired ones included
     * @param associationNames every association's name by id
     */
    DialogueExport(Component owner, Locale locale, Map<Long, String> agencyNames, Map<Long, String> associationNames) {
        this.locale = locale;
        Map<DialogueKind, String> kinds = Arrays.stream(DialogueKind.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), kind -> owner.getTranslation(locale, kind.labelKey())));
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.date(KEY + "heldOn", 12, DialogueSummary::heldOn),
                ExportColumn.text(KEY + "kind", 24, session -> kinds.get(session.kind())),
                ExportColumn.text(KEY + "title", 50, DialogueSummary::title),
                ExportColumn.text(KEY + "place", 30, DialogueSummary::place),
                ExportColumn.text(KEY + "hostAgency", 32, session -> agencyNames.getOrDefault(session.hostAgencyId(), "")),
                ExportColumn.text(KEY + "chair", 28, DialogueSummary::chair),
                ExportColumn.text(KEY + "associations", 44, session -> session.associationIds().stream()
                        .map(id -> associationNames.getOrDefault(id, "")).sorted().collect(Collectors.joining(", "))),
                ExportColumn.integer(KEY + "firmsAttending", 14, DialogueSummary::firmsAttending),
                ExportColumn.text(KEY + "synthetic", 12, session -> session.synthetic() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the sessions the grid lists; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<DialogueSummary> sessions) {
        table.write(format, sessions.stream(), out, locale, texts);
    }
}

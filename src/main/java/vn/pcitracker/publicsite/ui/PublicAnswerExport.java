package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.pcitracker.issue.PublishedAnswer;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The published answers the page shows, to Excel or CSV, for anyone: the cards' facts and nothing more (no
 * parties, people, notes or comments exist in {@link PublishedAnswer}). Texts are resolved when the view is built,
 * in the visitor's language, because the download runs outside the UI.
 */
final class PublicAnswerExport {

    static final String FILE_NAME = "tra-loi-kien-nghi";

    private static final String KEY = "publicsite.PublicAnswerExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<PublishedAnswer> table;

    PublicAnswerExport(Component owner, Locale locale) {
        this.locale = locale;
        String onTime = owner.getTranslation(locale, KEY + "onTimeYes");
        String late = owner.getTranslation(locale, KEY + "late");
        String satisfied = owner.getTranslation(locale, KEY + "satisfiedYes");
        String unsatisfied = owner.getTranslation(locale, KEY + "unsatisfied");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, PublishedAnswer::code),
                ExportColumn.text(KEY + "title", 50, PublishedAnswer::title),
                ExportColumn.text(KEY + "field", 24, answer -> answer.fieldName(locale)),
                ExportColumn.text(KEY + "agency", 32, answer -> answer.agencyName(locale)),
                ExportColumn.date(KEY + "receivedOn", 12, PublishedAnswer::receivedOn),
                ExportColumn.date(KEY + "deadline", 12, PublishedAnswer::deadline),
                ExportColumn.date(KEY + "answeredOn", 12, PublishedAnswer::answeredOn),
                ExportColumn.text(KEY + "onTime", 14, answer -> answer.onTime() ? onTime : late),
                ExportColumn.text(KEY + "satisfied", 16, answer -> answer.satisfied() == null ? ""
                        : answer.satisfied() ? satisfied : unsatisfied),
                ExportColumn.integer(KEY + "score", 10, PublishedAnswer::score),
                ExportColumn.text(KEY + "question", 80, PublishedAnswer::question),
                ExportColumn.text(KEY + "answer", 80, PublishedAnswer::answer));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the answers the page lists; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<PublishedAnswer> answers) {
        table.write(format, answers.stream(), out, locale, texts);
    }
}

package vn.pcitracker.notification;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.notification.domain.NotificationTemplate;
import vn.pcitracker.notification.domain.NotificationTemplateRepository;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;

/**
 * Seeds {@code data/reference/notification_templates.csv} (kind, language, subject, body; "\n" in a body is a
 * line break); templates an administrator edited are left alone. A placeholder the kind does not fill is refused.
 */
@Component
class NotificationTemplateReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/notification_templates.csv";

    private final NotificationTemplateRepository templates;

    NotificationTemplateReferenceData(NotificationTemplateRepository templates) {
        this.templates = templates;
    }

    /** Before every demo data set: the demo recommendations (order 95) already notify, in these texts. */
    @Override
    public int order() {
        return 45;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("notification_templates");
        Set<String> seen = new HashSet<>();
        for (CsvRow row : files.read(FILE)) {
            NotificationKind kind = row.enumValue("kind", NotificationKind.class);
            String language = row.text("language");
            if (!language.equals("vi") && !language.equals("en") || !seen.add(kind + ":" + language)) {
                throw row.problem("language must be vi or en, once per kind: " + kind + " " + language);
            }
            String subject = row.text("subject");
            String body = row.text("body").replace("\\n", "\n");
            if (!Templates.unknownPlaceholders(kind, subject + body).isEmpty()) {
                throw row.problem("unknown placeholders " + Templates.unknownPlaceholders(kind, subject + body));
            }
            NotificationTemplate template = templates.findByKindAndLanguage(kind, language).orElse(null);
            if (template == null) {
                templates.save(new NotificationTemplate(kind, language, subject, body));
                counter.inserted();
            } else if (template.isModifiedLocally()) {
                counter.keptLocalEdit();
            } else {
                counter.updated(template.applyReference(subject, body));
            }
        }
        return counter.result();
    }
}

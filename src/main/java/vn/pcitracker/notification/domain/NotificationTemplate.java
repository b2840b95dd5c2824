package vn.pcitracker.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** Subject and body of one kind in one language. Once edited here, the reference data no longer overwrites it. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NotificationKind kind;
    @Column(name = "language", nullable = false, length = 5)
    private String language;
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;
    @Column(name = "body", nullable = false)
    private String body;
    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    protected NotificationTemplate() {
    }

    public NotificationTemplate(NotificationKind kind, String language, String subject, String body) {
        this.kind = kind;
        this.language = language;
        this.subject = subject;
        this.body = body;
    }

    /** From the reference data file; reports whether anything changed. */
    public boolean applyReference(String newSubject, String newBody) {
        boolean changed = !subject.equals(newSubject) || !body.equals(newBody);
        subject = newSubject;
        body = newBody;
        return changed;
    }

    /** By an administrator. */
    public void edit(String newSubject, String newBody) {
        subject = newSubject;
        body = newBody;
        modifiedLocally = true;
    }

    public TemplateSummary toSummary() {
        return new TemplateSummary(getId(), kind, language, subject, body, getVersion());
    }

    public NotificationKind getKind() { return kind; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public boolean isModifiedLocally() { return modifiedLocally; }
}

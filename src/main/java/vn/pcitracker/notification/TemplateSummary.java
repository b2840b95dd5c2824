package vn.pcitracker.notification;

/** One editable text: a kind in one language ("vi" or "en"). */
public record TemplateSummary(long id, NotificationKind kind, String language, String subject, String body, long version) {
}

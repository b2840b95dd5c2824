package vn.pcitracker.notification;

import java.time.Instant;

/** One notification as its recipient reads it: the text in their language and the record it links to. */
public record NotificationItem(long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {
}

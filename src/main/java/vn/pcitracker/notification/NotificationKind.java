package vn.pcitracker.notification;

import java.util.List;

/**
 * What a notification is about, and the placeholders its template may use. Labels:
 * {@code notification.NotificationKind.<NAME>}. {@link #DAILY_DIGEST} is only a mail template: the daily
 * mail that gathers a digest reader's notifications.
 */
public enum NotificationKind {
    ISSUE_ASSIGNED("name", "code", "title", "deadline", "link"),
    ISSUE_ANSWERED("name", "code", "title", "link"),
    ISSUE_REOPENED("name", "code", "title", "deadline", "link"),
    ISSUE_SUBMITTED("name", "code", "title", "link"),
    DEADLINE_APPROACHING("name", "code", "title", "deadline", "link"),
    DEADLINE_PASSED("name", "code", "title", "deadline", "link"),
    OVERDUE_SUMMARY("name", "count", "items", "link"),
    DAILY_DIGEST("name", "count", "date", "items", "link");

    private final List<String> placeholders;

    NotificationKind(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    public List<String> placeholders() {
        return placeholders;
    }
}

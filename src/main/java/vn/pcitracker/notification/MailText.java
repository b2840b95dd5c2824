package vn.pcitracker.notification;

/** A mail's subject and plain-text body in one reader's language. */
public record MailText(String subject, String body) {
}

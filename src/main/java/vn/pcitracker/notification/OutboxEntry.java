package vn.pcitracker.notification;

import java.time.Instant;

/** One e-mail of the outbox, as the administrator's outbox view lists it. */
public record OutboxEntry(long id, String to, String subject, String body, boolean digest, OutboxStatus status,
                          int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}

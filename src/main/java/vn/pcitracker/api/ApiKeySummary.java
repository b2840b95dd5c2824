package vn.pcitracker.api;

import java.time.Instant;

/** An issued key as administrators see it: never the key itself, only its first characters. */
public record ApiKeySummary(long id, String label, String keyPrefix, Long associationId, String channelName,
                            int requestsPerMinute, Instant createdAt, String createdBy, Instant revokedAt,
                            String revokedBy, long version) {

    public boolean revoked() {
        return revokedAt != null;
    }
}

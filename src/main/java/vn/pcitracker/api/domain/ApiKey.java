package vn.pcitracker.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A partner's API key: only its SHA-256 hash and first characters are kept. */
@Entity
@Table(name = "api_key")
public class ApiKey extends AbstractEntity {

    public static final int LABEL_MAX = 120;
    public static final int MIN_PER_MINUTE = 1;
    public static final int MAX_PER_MINUTE = 10_000;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;
    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;
    @Column(name = "key_prefix", nullable = false, length = 12, updatable = false)
    private String keyPrefix;
    @Column(name = "association_id", updatable = false)
    private Long associationId;
    @Column(name = "channel_name", length = LABEL_MAX, updatable = false)
    private String channelName;
    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiKey() {
    }

    public ApiKey(String label, String keyHash, String keyPrefix, Long associationId, String channelName,
                  int requestsPerMinute, Instant createdAt, String createdBy) {
        this.label = label;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.associationId = associationId;
        this.channelName = channelName;
        this.requestsPerMinute = requestsPerMinute;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at, String by) {
        if (revokedAt == null) {
            this.revokedAt = at;
            this.revokedBy = by;
        }
    }

    public boolean isRevoked() { return revokedAt != null; }
    public String getLabel() { return label; }
    public String getKeyHash() { return keyHash; }
    public String getKeyPrefix() { return keyPrefix; }
    public Long getAssociationId() { return associationId; }
    public String getChannelName() { return channelName; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
}

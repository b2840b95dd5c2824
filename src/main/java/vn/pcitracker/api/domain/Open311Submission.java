package vn.pcitracker.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What an Open311 POST carried beyond the recommendation itself: the token given back, location and media. */
@Entity
@Table(name = "open311_submission")
public class Open311Submission {

    public static final int ADDRESS_MAX = 500;
    public static final int ADDRESS_ID_MAX = 100;
    public static final int MEDIA_URL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "token", nullable = false, length = 64, updatable = false)
    private String token;
    @Column(name = "issue_id", nullable = false, updatable = false)
    private long issueId;
    @Column(name = "issue_code", nullable = false, length = 20, updatable = false)
    private String issueCode;
    @Column(name = "api_key_id", nullable = false, updatable = false)
    private long apiKeyId;
    @Column(name = "address", length = ADDRESS_MAX, updatable = false)
    private String address;
    @Column(name = "address_id", length = ADDRESS_ID_MAX, updatable = false)
    private String addressId;
    @Column(name = "lat", updatable = false)
    private Double lat;
    @Column(name = "long", updatable = false)
    private Double lon;
    @Column(name = "media_url", length = MEDIA_URL_MAX, updatable = false)
    private String mediaUrl;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Open311Submission() {
    }

    public Open311Submission(String token, long issueId, String issueCode, long apiKeyId, String address, String addressId, Double lat,
                             Double lon, String mediaUrl, Instant createdAt) {
        this.token = token;
        this.issueId = issueId;
        this.issueCode = issueCode;
        this.apiKeyId = apiKeyId;
        this.address = address;
        this.addressId = addressId;
        this.lat = lat;
        this.lon = lon;
        this.mediaUrl = mediaUrl;
        this.createdAt = createdAt;
    }

    public String getToken() { return token; }
    public long getIssueId() { return issueId; }
    public String getIssueCode() { return issueCode; }
    public long getApiKeyId() { return apiKeyId; }
    public String getAddress() { return address; }
    public String getAddressId() { return addressId; }
    public Double getLat() { return lat; }
    public Double getLon() { return lon; }
    public String getMediaUrl() { return mediaUrl; }
}

package vn.pcitracker.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One request made with a key (append-only audit); the key is null when the presented key was unknown. */
@Entity
@Table(name = "api_call")
public class ApiCall {

    public static final int PATH_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "api_key_id", updatable = false)
    private Long apiKeyId;
    @Column(name = "called_at", nullable = false, updatable = false)
    private Instant calledAt;
    @Column(name = "method", nullable = false, length = 10, updatable = false)
    private String method;
    @Column(name = "path", nullable = false, length = PATH_MAX, updatable = false)
    private String path;
    @Column(name = "status", nullable = false, updatable = false)
    private int status;
    @Column(name = "ip", nullable = false, length = 64, updatable = false)
    private String ip;

    protected ApiCall() {
    }

    public ApiCall(Long apiKeyId, Instant calledAt, String method, String path, int status, String ip) {
        this.apiKeyId = apiKeyId;
        this.calledAt = calledAt;
        this.method = method;
        this.path = path.length() > PATH_MAX ? path.substring(0, PATH_MAX) : path;
        this.status = status;
        this.ip = ip;
    }

    public Long getId() { return id; }
    public Long getApiKeyId() { return apiKeyId; }
    public Instant getCalledAt() { return calledAt; }
    public String getMethod() { return method; }
    public String getPath() { return path; }
    public int getStatus() { return status; }
    public String getIp() { return ip; }
}

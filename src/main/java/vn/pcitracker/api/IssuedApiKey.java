package vn.pcitracker.api;

/** A key just issued: {@code secret} is the key itself, shown this once and stored nowhere. */
public record IssuedApiKey(ApiKeySummary summary, String secret) {
}

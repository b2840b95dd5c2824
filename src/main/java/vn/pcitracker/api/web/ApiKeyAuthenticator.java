package vn.pcitracker.api.web;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.api.ApiKeyHash;
import vn.pcitracker.api.domain.ApiCall;
import vn.pcitracker.api.domain.ApiCallRepository;
import vn.pcitracker.api.domain.ApiKey;
import vn.pcitracker.api.domain.ApiKeyRepository;

/** Finds the key a request presents, and writes the audit row of each call made with one. */
@Component
class ApiKeyAuthenticator {

    /** A presented key: the stored one (null if unknown) and the limit that applies. */
    record Presented(ApiKey key) {

        boolean valid() {
            return key != null && !key.isRevoked();
        }

        Long keyId() {
            return key == null ? null : key.getId();
        }

        ApiClient client() {
            return new ApiClient(key.getId(), key.getLabel(), key.getAssociationId(), key.getChannelName());
        }
    }

    private final ApiKeyRepository keys;
    private final ApiCallRepository calls;

    ApiKeyAuthenticator(ApiKeyRepository keys, ApiCallRepository calls) {
        this.keys = keys;
        this.calls = calls;
    }

    @Transactional(readOnly = true)
    Presented find(String secret) {
        Optional<ApiKey> key = keys.findByKeyHash(ApiKeyHash.of(secret.strip()));
        return new Presented(key.orElse(null));
    }

    @Transactional
    void audit(Long keyId, String method, String path, int status, String ip) {
        calls.save(new ApiCall(keyId, Instant.now(), method, path, status, ip == null ? "" : ip));
    }
}

package vn.pcitracker.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.api.domain.ApiKey;
import vn.pcitracker.api.domain.ApiKeyRepository;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/**
 * Administrators issue keys to partner systems and revoke them. A key is 256 random bits; only its SHA-256 hash
 * is stored (a key is as strong as a random password, so a fast hash is enough and lets every request be
 * checked by one indexed lookup).
 */
@Service
@PreAuthorize(Role.Names.HAS_ADMIN)
public class ApiKeyService {

    static final String KEY = "api.ApiKeyService.";
    static final String PREFIX = "pci_";

    private final ApiKeyRepository keys;
    private final AssociationService associations;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiKeyService(ApiKeyRepository keys, AssociationService associations, CurrentUser currentUser) {
        this.keys = keys;
        this.associations = associations;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ApiKeySummary> keys() {
        return keys.findAllByOrderByCreatedAtDescIdDesc().stream().map(ApiKeyService::summary).toList();
    }

    @Transactional
    public IssuedApiKey issue(NewApiKey form) {
        String label = Violations.clean(form.label());
        String channel = Violations.clean(form.channelName());
        Long association = form.associationId();
        new Violations()
                .require("label", label).maxLength("label", label, ApiKey.LABEL_MAX)
                .check((association == null) != (channel == null), "associationId", KEY + "oneHolder")
                .maxLength("channelName", channel, ApiKey.LABEL_MAX)
                .check(association == null || associations.find(association).filter(a -> a.active()).isPresent(),
                        "associationId", KEY + "unknownAssociation")
                .check(form.requestsPerMinute() >= ApiKey.MIN_PER_MINUTE && form.requestsPerMinute() <= ApiKey.MAX_PER_MINUTE,
                        "requestsPerMinute", KEY + "limitRange", ApiKey.MIN_PER_MINUTE, ApiKey.MAX_PER_MINUTE)
                .throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = keys.saveAndFlush(new ApiKey(label, ApiKeyHash.of(secret), secret.substring(0, 12), association,
                channel, form.requestsPerMinute(), clock.instant(), currentUser.require().username()));
        return new IssuedApiKey(summary(key), secret);
    }

    /** Takes effect at the next request; revoking twice changes nothing. */
    @Transactional
    public ApiKeySummary revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new RecordNotFoundException("ApiKey", id));
        key.revoke(clock.instant(), currentUser.require().username());
        return summary(keys.saveAndFlush(key));
    }

    static ApiKeySummary summary(ApiKey key) {
        return new ApiKeySummary(key.getId(), key.getLabel(), key.getKeyPrefix(), key.getAssociationId(),
                key.getChannelName(), key.getRequestsPerMinute(), key.getCreatedAt(), key.getCreatedBy(),
                key.getRevokedAt(), key.getRevokedBy(), key.getVersion());
    }
}

package vn.pcitracker.attachment;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.Role;

/**
 * The owner kind the attachment tests attach files to, with rules shaped like a real module's: association
 * representatives may not see these records, leaders and agency officers may read, investment officers and
 * administrators may also write. Part of the shared test context; harmless to other tests, which never use
 * this owner type.
 */
@Component
class TestOwnerPolicy implements AttachmentOwnerPolicy {

    static final String OWNER_TYPE = "TEST_OWNER";

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean canRead(long ownerId) {
        return !roles().contains(Role.ASSOCIATION_REP.authority());
    }

    @Override
    public boolean canWrite(long ownerId) {
        Set<String> roles = roles();
        return roles.contains(Role.INVESTMENT_OFFICER.authority()) || roles.contains(Role.ADMIN.authority());
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }
}

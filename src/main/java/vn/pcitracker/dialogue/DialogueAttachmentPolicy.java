package vn.pcitracker.dialogue;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.attachment.AttachmentOwnerPolicy;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * Files of a dialogue session (invitations, slides, minutes as signed): readable by the roles that open
 * session pages, added and removed by those who edit sessions.
 */
@Component
public class DialogueAttachmentPolicy implements AttachmentOwnerPolicy {

    public static final String OWNER_TYPE = "DIALOGUE";
    private static final Set<Role> READERS = EnumSet.of(Role.INVESTMENT_OFFICER, Role.LEADER, Role.ADMIN, Role.AGENCY_OFFICER);
    private static final Set<Role> WRITERS = EnumSet.of(Role.INVESTMENT_OFFICER, Role.ADMIN);

    private final DialogueService dialogues;
    private final CurrentUser currentUser;

    DialogueAttachmentPolicy(DialogueService dialogues, CurrentUser currentUser) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean canRead(long ownerId) {
        return has(READERS) && dialogues.find(ownerId).isPresent();
    }

    @Override
    public boolean canWrite(long ownerId) {
        return has(WRITERS) && dialogues.find(ownerId).isPresent();
    }

    private boolean has(Set<Role> roles) {
        return currentUser.get().map(user -> roles.contains(user.role())).orElse(false);
    }
}

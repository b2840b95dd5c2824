package vn.pcitracker.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.dialogue.domain.DialogueSession;
import vn.pcitracker.dialogue.domain.DialogueSessionRepository;
import vn.pcitracker.issue.DialogueDirectory;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.shared.Role;

/** The issue module's view of dialogue sessions, so that the dependency runs from dialogue to issue only. */
@Service
class DialogueSessionDirectory implements DialogueDirectory {

    private final DialogueSessionRepository sessions;

    DialogueSessionDirectory(DialogueSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<DialogueRef> find(long dialogueId) {
        return sessions.findById(dialogueId).map(DialogueSessionDirectory::ref);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<DialogueRef> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return sessions.findByOrderByHeldOnDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(DialogueSessionDirectory::ref).toList();
    }

    private static DialogueRef ref(DialogueSession session) {
        return new DialogueRef(session.getId(), session.getTitle(), session.getHeldOn());
    }
}

package vn.pcitracker.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.Role;

/**
 * Administrators see who is signed in and can end a session. Sessions are in memory, not in the database; the
 * transactions only keep the rule that every service method declares one.
 */
@Service
public class SessionService {

    private final SessionDirectory directory;

    SessionService(SessionDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in sessions of this application instance, the most recently active first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public List<ActiveSession> activeSessions() {
        return directory.list();
    }

    /**
     * Ends the session at once; false when it had already ended. Not read-only although it writes no table: so the
     * audit records which administrator ended a session, and when (docs/adr/015).
     */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public boolean end(String handle) {
        return directory.end(handle);
    }
}

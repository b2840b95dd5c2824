package vn.pcitracker.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in HTTP sessions of this application instance (docs/adr/014): who, since when, last request, from
 * where. Ending one invalidates the HTTP session, which takes the Vaadin session and its UIs with it: the next
 * request from that browser finds no session and lands on the login page. Sessions live in this process's memory,
 * so does this directory.
 */
@Component
class SessionDirectory implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionDirectory.class);
    static final String HANDLE = SessionDirectory.class.getName() + ".handle";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration absoluteLifetime;

    SessionDirectory(@Value("${app.security.session.absolute-lifetime:PT12H}") Duration absoluteLifetime) {
        this.absoluteLifetime = absoluteLifetime;
    }

    /**
     * Notes a request of a signed-in session. Returns false when the session has outlived its absolute lifetime and
     * has been ended, so the request must go on as nobody's.
     */
    boolean requestOf(HttpSession session, SignedInUser user, String address, Instant now) {
        Entry entry = entryOf(session, user, address, now);
        if (now.isAfter(entry.signedInAt.plus(absoluteLifetime))) {
            log.info("Session of '{}' reached its absolute lifetime of {}", user.username(), absoluteLifetime);
            end(entry);
            return false;
        }
        entry.lastRequestAt = now;
        entry.address = address;
        return true;
    }

    private Entry entryOf(HttpSession session, SignedInUser user, String address, Instant now) {
        String handle = (String) session.getAttribute(HANDLE);
        Entry entry = handle == null ? null : entries.get(handle);
        if (entry == null || entry.user.accountId() != user.accountId()) {
            handle = HexFormat.of().formatHex(bytes());
            entry = new Entry(handle, session, user, now, address);
            session.setAttribute(HANDLE, handle);
            entries.put(handle, entry);
        }
        return entry;
    }

    private byte[] bytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    List<ActiveSession> list() {
        return entries.values().stream().map(Entry::view)
                .sorted(Comparator.comparing(ActiveSession::lastRequestAt).reversed()).toList();
    }

    boolean end(String handle) {
        Entry entry = handle == null ? null : entries.get(handle);
        if (entry == null) {
            return false;
        }
        end(entry);
        return true;
    }

    /** Ends every session of the account: a disabled account keeps none. */
    int endAllOf(long accountId) {
        return endAllOfBut(accountId, null);
    }

    /** Ends every session of the account but the one with handle {@code kept} (none when null). */
    private int endAllOfBut(long accountId, String kept) {
        List<Entry> sessions = entries.values().stream()
                .filter(e -> e.user.accountId() == accountId && !e.handle.equals(kept)).toList();
        sessions.forEach(this::end);
        return sessions.size();
    }

    @TransactionalEventListener
    void on(AccountDisabled disabled) {
        int ended = endAllOf(disabled.accountId());
        log.info("Account '{}' disabled: {} session(s) ended", disabled.username(), ended);
    }

    /** After the commit, in the thread of the request that made the change, so its own session is known. */
    @TransactionalEventListener
    void on(AccountSignInChanged changed) {
        int ended = endAllOfBut(changed.accountId(), changed.keepCurrentSession() ? currentHandle() : null);
        log.info("Password or access of '{}' changed: {} session(s) ended", changed.username(), ended);
    }

    private static String currentHandle() {
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        return session == null ? null : (String) session.getAttribute(HANDLE);
    }

    private void end(Entry entry) {
        entries.remove(entry.handle);
        try {
            entry.session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // It expired meanwhile: nothing left to end.
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            Object handle = event.getSession().getAttribute(HANDLE);
            if (handle != null) {
                entries.remove(handle);
            }
        } catch (IllegalStateException alreadyInvalid) {
            entries.values().removeIf(e -> e.session == event.getSession());
        }
    }

    private static final class Entry {
        final String handle;
        final HttpSession session;
        final SignedInUser user;
        final Instant signedInAt;
        volatile Instant lastRequestAt;
        volatile String address;

        Entry(String handle, HttpSession session, SignedInUser user, Instant signedInAt, String address) {
            this.handle = handle;
            this.session = session;
            this.user = user;
            this.signedInAt = signedInAt;
            this.lastRequestAt = signedInAt;
            this.address = address;
        }

        ActiveSession view() {
            return new ActiveSession(handle, user.accountId(), user.username(), user.displayName(), user.role(),
                    signedInAt, lastRequestAt, address);
        }
    }
}

package vn.pcitracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttling and temporary lockout of password guessing (OWASP ASVS 2.2.1), in PostgreSQL so that it survives a
 * restart: {@code max-failures} failed logins for one name within {@code window} lock that name for {@code duration};
 * {@code address-max-failures} from one client address within the window lock the address out the same way. Names
 * are counted as typed, whether or not an account has them, so a lockout never tells that an account exists. A
 * successful login forgets the name's failures. Not a service: it runs inside the login, before anyone is signed in.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration window;
    private final Duration duration;

    @Autowired
    LoginThrottle(JdbcClient jdbc,
                  @Value("${app.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${app.security.lockout.address-max-failures:50}") int addressMaxFailures,
                  @Value("${app.security.lockout.window:PT15M}") Duration window,
                  @Value("${app.security.lockout.duration:PT15M}") Duration duration) {
        this(jdbc, Clock.systemUTC(), maxFailures, addressMaxFailures, window, duration);
    }

    LoginThrottle(JdbcClient jdbc, Clock clock, int maxFailures, int addressMaxFailures, Duration window, Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.window = window;
        this.duration = duration;
    }

    /** Until when a login with this name, or from this address, is refused without looking at the password. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("select max(locked_until) from login_lockout where subject in (?, ?) and locked_until > ?")
                .params(userSubject(username), addressSubject(address), Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Counts a wrong password (or an unknown name) and locks the name or the address once they reach the limit. */
    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(window));
        jdbc.sql("delete from login_failure where failed_at < ?").param(since).update();
        jdbc.sql("insert into login_failure (username, address, failed_at) values (?, ?, ?)")
                .params(normalised(username), clip(address), Timestamp.from(now)).update();
        long forName = jdbc.sql("select count(*) from login_failure where username = ? and failed_at >= ?")
                .params(normalised(username), since).query(Long.class).single();
        long fromAddress = jdbc.sql("select count(*) from login_failure where address = ? and failed_at >= ?")
                .params(clip(address), since).query(Long.class).single();
        if (forName >= maxFailures) {
            lock(userSubject(username), now.plus(duration));
        }
        if (fromAddress >= addressMaxFailures) {
            lock(addressSubject(address), now.plus(duration));
        }
    }

    /** A successful login: the name starts again from zero (the address keeps its count). */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(normalised(username)).update();
        jdbc.sql("delete from login_lockout where subject = ?").param(userSubject(username)).update();
    }

    private void lock(String subject, Instant until) {
        jdbc.sql("""
                insert into login_lockout (subject, locked_until) values (?, ?)
                on conflict (subject) do update set locked_until = greatest(login_lockout.locked_until, excluded.locked_until)""")
                .params(subject, Timestamp.from(until)).update();
    }

    private static String userSubject(String username) {
        return "user:" + normalised(username);
    }

    private static String addressSubject(String address) {
        return "address:" + clip(address);
    }

    private static String normalised(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String clip(String address) {
        String value = address == null ? "unknown" : address;
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}

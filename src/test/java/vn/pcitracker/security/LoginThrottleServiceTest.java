package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.pcitracker.security.domain.UserAccount;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.Role;

/** The real password check of the application behind the throttle, on the real PostgreSQL tables. */
@SpringBootTest
class LoginThrottleServiceTest {

    private static final String PASSWORD = "mat-khau-that-dai-2026";

    @Autowired AuthenticationProvider provider;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    private String username;
    private String address;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        accounts.save(new UserAccount(username, "Thử khóa", passwordEncoder.encode(PASSWORD), Role.LEADER));
    }

    private Authentication logIn(String name, String password, String from) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(from, null));
        return provider.authenticate(attempt);
    }

    private void failTimes(int times, String name, String from) {
        for (int i = 0; i < times; i++) {
            String wrong = "sai-mat-khau-" + i;
            assertThatThrownBy(() -> logIn(name, wrong, from)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void fourWrongPasswordsStillLetTheRightOneIn() {
        failTimes(4, username, address);

        assertThat(logIn(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndThenEvenTheRightPasswordIsRefusedForFifteenMinutes() {
        failTimes(4, username, address);
        assertThatThrownBy(() -> logIn(username, "lan-thu-nam-sai", address)).isInstanceOf(LockedException.class);

        assertThatThrownBy(() -> logIn(username, PASSWORD, address)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> logIn(username.toUpperCase(), PASSWORD, "10.200.0.1")).as("from elsewhere, any case")
                .isInstanceOf(LockedException.class);
        Instant until = throttle.lockedUntil(username, address).orElseThrow();
        assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
    }

    @Test
    void aNameWithNoAccountIsLockedTheSameWaySoTheLockTellsNothingAboutWhoExists() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        failTimes(4, nobody, address);

        assertThatThrownBy(() -> logIn(nobody, "lan-thu-nam", address)).isInstanceOf(LockedException.class);
        assertThat(throttle.lockedUntil(nobody, address)).isPresent();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        failTimes(4, username, address);
        logIn(username, PASSWORD, address);
        failTimes(4, username, address);

        assertThat(logIn(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void theLockIsKeptInTheDatabaseSoANewInstanceAfterARestartStillRefuses() {
        failTimes(4, username, address);
        assertThatThrownBy(() -> logIn(username, "lan-thu-nam", address)).isInstanceOf(LockedException.class);

        LoginThrottle afterRestart = new LoginThrottle(jdbc, 5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(afterRestart.lockedUntil(username, "10.1.1.1")).isPresent();
        assertThat(jdbc.sql("select count(*) from login_lockout where subject = ?").param("user:" + username)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theLockEndsWhenItsDurationIsOver() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LoginThrottle strict = new LoginThrottle(jdbc, Clock.fixed(now, ZoneOffset.UTC), 2, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));
        strict.recordFailure(username, address);
        strict.recordFailure(username, address);
        assertThat(strict.lockedUntil(username, address)).contains(now.plus(Duration.ofMinutes(15)));

        LoginThrottle later = new LoginThrottle(jdbc, Clock.fixed(now.plus(Duration.ofMinutes(16)), ZoneOffset.UTC), 2, 50,
                Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(later.lockedUntil(username, address)).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressUnderDifferentNamesLockTheAddressButNotOtherAddresses() {
        LoginThrottle throttleOfThree = new LoginThrottle(jdbc, Clock.systemUTC(), 5, 3, Duration.ofMinutes(15), Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            throttleOfThree.recordFailure("guess-" + i + "-" + username, address);
        }

        assertThat(throttleOfThree.lockedUntil("someone-else", address)).isPresent();
        assertThat(throttleOfThree.lockedUntil("someone-else", "10.254.254.254")).isEmpty();
        assertThat(throttleOfThree.lockedUntil(username, "10.254.254.254")).isEmpty();
    }
}

package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.Role;

/** Outside demo mode, on a database of its own: no demo logins, the first administrator from the environment. */
@SpringBootTest(properties = {
        "app.embedded-postgres.data-directory=target/embedded-postgres/first-administrator",
        "app.embedded-postgres.clean=true",
        "app.demo.enabled=false",
        "app.admin.username=chief",
        "app.admin.password=a-long-secret-chosen-2026"})
class FirstAdministratorTest {

    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAndNoDemoLoginExists() {
        var chief = accounts.findByUsername("chief").orElseThrow();
        assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
        assertThat(chief.isSynthetic()).isFalse();
        assertThat(passwordEncoder.matches("a-long-secret-chosen-2026", chief.getPasswordHash())).isTrue();
        assertThat(accounts.findByUsername("admin")).isEmpty();
        assertThat(accounts.findByUsername("leader")).isEmpty();
    }
}

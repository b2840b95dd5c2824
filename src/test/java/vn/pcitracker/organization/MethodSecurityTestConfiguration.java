package vn.pcitracker.organization;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The security module enables method security in the application; these tests need it on their own. */
@TestConfiguration
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityTestConfiguration {
}

package vn.pcitracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SystemAuthentication;
import vn.pcitracker.security.domain.UserAccountRepository;

/**
 * Outside demo mode there is no default password: while no administrator exists, the first one is created
 * from {@code APP_ADMIN_USERNAME} and {@code APP_ADMIN_PASSWORD} (the password policy applies).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, AccountService accountService,
                       @Value("${app.admin.username:}") String username, @Value("${app.admin.password:}") String password) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator account exists. Set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD and restart to create one.");
            return;
        }
        AccountForm form = new AccountForm(username, username, null, Role.ADMIN, null, null);
        SystemAuthentication.runAsSystem(() -> accountService.create(form, password));
        log.info("Created the first administrator account '{}'", username);
    }
}

package vn.pcitracker.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.security.domain.UserAccount;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.i18n.AppLocales;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return principal(account);
    }

    static AccountPrincipal principal(UserAccount account) {
        SignedInUser user = new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getAgencyId(), account.getAssociationId(),
                AppLocales.fromTag(account.getPreferredLocale()));
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled());
    }
}

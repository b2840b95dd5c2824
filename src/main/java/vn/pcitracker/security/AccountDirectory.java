package vn.pcitracker.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.security.domain.UserAccount;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * Who holds a role, with e-mail addresses, for the notification module's jobs and listeners. Not a door for users:
 * it runs inside commands and scheduled jobs that have already decided who is told (a scheduled job has nobody signed
 * in, so a role check here would refuse it). Hence no other module may use it, and no view: both are
 * {@code ArchitectureTest} rules. Disabled accounts never receive anything.
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts with {@code role}, narrowed to one agency or association when it is given. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Role role, Long agencyId, Long associationId) {
        return accounts.findByRoleAndEnabledTrueOrderById(role).stream()
                .filter(a -> agencyId == null || agencyId.equals(a.getAgencyId()))
                .filter(a -> associationId == null || associationId.equals(a.getAssociationId()))
                .map(AccountDirectory::recipient).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> find(long accountId) {
        return accounts.findById(accountId).filter(UserAccount::isEnabled).map(AccountDirectory::recipient);
    }

    private static Recipient recipient(UserAccount account) {
        return new Recipient(account.getId(), account.getDisplayName(), account.getEmail(),
                AppLocales.fromTag(account.getPreferredLocale()));
    }
}

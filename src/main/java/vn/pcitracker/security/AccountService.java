package vn.pcitracker.security;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.security.domain.UserAccount;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SearchText;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.i18n.AppLocales;

/** Accounts: administrators create, bind, disable and reset them; every user keeps a language preference. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AgencyService agencies,
                   AssociationService associations, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.agencies = agencies;
        this.associations = associations;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public List<AccountSummary> search(String text) {
        return accounts.search(SearchText.containsPattern(text)).stream().map(AccountService::summary).toList();
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AccountSummary create(AccountForm form, String initialPassword) {
        String username = Violations.clean(form.username());
        Violations violations = new Violations();
        violations.require("username", username)
                .check(username == null || USERNAME.matcher(username).matches(), "username", "security.AccountService.usernameFormat")
                .check(username == null || accounts.findByUsername(username).isEmpty(), "username", "security.AccountService.usernameTaken");
        checkDetails(form, violations);
        PasswordPolicy.check(initialPassword, username, violations);
        violations.throwIfAny();
        UserAccount account = new UserAccount(username, Violations.clean(form.displayName()),
                passwordEncoder.encode(initialPassword), form.role());
        applyDetails(account, form);
        return summary(accounts.save(account));
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AccountSummary update(long id, AccountForm form, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        Violations violations = new Violations();
        checkDetails(form, violations);
        violations.check(!(isMe(account) && form.role() != Role.ADMIN), "role", "security.AccountService.cannotDemoteYourself");
        violations.throwIfAny();
        List<Object> accessBefore = access(account);
        applyDetails(account, form);
        AccountSummary saved = summary(accounts.saveAndFlush(account));
        if (!accessBefore.equals(access(account))) {
            events.publishEvent(new AccountSignInChanged(account.getId(), account.getUsername(), false));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AccountSummary setEnabled(long id, boolean enabled, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        new Violations().check(enabled || !isMe(account), "enabled", "security.AccountService.cannotDisableYourself").throwIfAny();
        boolean disabling = account.isEnabled() && !enabled;
        account.setEnabled(enabled);
        AccountSummary saved = summary(accounts.saveAndFlush(account));
        if (disabling) {
            events.publishEvent(new AccountDisabled(account.getId(), account.getUsername()));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public void resetPassword(long id, String newPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", id));
        Violations violations = new Violations();
        PasswordPolicy.check(newPassword, account.getUsername(), violations);
        violations.throwIfAny();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountSignInChanged(account.getId(), account.getUsername(), isMe(account)));
    }

    /** Remembers the signed-in user's language for their next session. */
    @Transactional
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public void changeMyLanguage(Locale locale) {
        currentUser.get().flatMap(me -> accounts.findById(me.accountId()))
                .ifPresent(account -> account.setPreferredLocale(AppLocales.closest(locale).toLanguageTag()));
    }

    private void checkDetails(AccountForm form, Violations violations) {
        String displayName = Violations.clean(form.displayName());
        String email = Violations.clean(form.email());
        violations.require("displayName", displayName).maxLength("displayName", displayName, UserAccount.DISPLAY_NAME_MAX)
                .maxLength("email", email, UserAccount.EMAIL_MAX)
                .check(email == null || EMAIL.matcher(email).matches(), "email", "security.AccountService.emailFormat")
                .require("role", form.role());
        if (form.role() == Role.AGENCY_OFFICER) {
            violations.check(form.agencyId() != null && agencies.find(form.agencyId()).filter(a -> a.activeOn(LocalDate.now())).isPresent(),
                    "agencyId", "security.AccountService.agencyRequired");
        }
        if (form.role() == Role.ASSOCIATION_REP) {
            violations.check(form.associationId() != null && associations.find(form.associationId()).filter(AssociationSummary::active).isPresent(),
                    "associationId", "security.AccountService.associationRequired");
        }
    }

    private static void applyDetails(UserAccount account, AccountForm form) {
        account.setDisplayName(Violations.clean(form.displayName()));
        account.setEmail(Violations.clean(form.email()));
        account.assign(form.role(), form.agencyId(), form.associationId());
    }

    /** What an account may do and see: a change of it ends the account's sessions. */
    private static List<Object> access(UserAccount account) {
        return Arrays.asList(account.getRole(), account.getAgencyId(), account.getAssociationId());
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", id));
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Account " + id + " was changed by someone else");
        }
        return account;
    }

    private boolean isMe(UserAccount account) {
        return currentUser.get().map(me -> me.accountId() == account.getId()).orElse(false);
    }

    static AccountSummary summary(UserAccount a) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRole(),
                a.getAgencyId(), a.getAssociationId(), AppLocales.fromTag(a.getPreferredLocale()), a.isEnabled(),
                a.isSynthetic(), a.getCreatedAt(), a.getVersion());
    }
}

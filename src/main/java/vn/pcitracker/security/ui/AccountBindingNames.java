package vn.pcitracker.security.ui;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.security.AccountSummary;

/** Names of the agency or association an account is bound to, looked up once per grid, not per row. */
final class AccountBindingNames {

    private final Map<Long, String> agencyNames;
    private final Map<Long, String> associationNames;

    AccountBindingNames(AgencyService agencies, AssociationService associations, Locale locale) {
        agencyNames = agencies.search("", true).stream()
                .collect(Collectors.toMap(AgencySummary::id, a -> a.name(locale), (a, b) -> a));
        associationNames = associations.search("", true).stream()
                .collect(Collectors.toMap(AssociationSummary::id, a -> a.name(locale), (a, b) -> a));
    }

    String bindingOf(AccountSummary account) {
        if (account.agencyId() != null) {
            return agencyNames.getOrDefault(account.agencyId(), "#" + account.agencyId());
        }
        if (account.associationId() != null) {
            return associationNames.getOrDefault(account.associationId(), "#" + account.associationId());
        }
        return "";
    }
}

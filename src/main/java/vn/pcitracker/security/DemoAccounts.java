package vn.pcitracker.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.security.domain.UserAccount;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.Role;

/**
 * One login per role in demo mode ({@code data/demo/accounts.csv}), all with the password {@code demo} and
 * marked synthetic. Existing accounts are left as they are, so a demo user's changes survive a restart.
 */
@Component
class DemoAccounts implements ReferenceDataSet {

    static final String DEMO_PASSWORD = "demo";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AgencyService agencies;
    private final AssociationService associations;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AgencyService agencies,
                 AssociationService associations) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.agencies = agencies;
        this.associations = associations;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("demo accounts");
        for (CsvRow row : files.read("demo/accounts.csv")) {
            String username = row.text("username");
            if (accounts.findByUsername(username).isPresent()) {
                counter.updated(false);
                continue;
            }
            UserAccount account = new UserAccount(username, row.text("display_name"),
                    passwordEncoder.encode(DEMO_PASSWORD), row.enumValue("role", Role.class));
            account.assign(account.getRole(), agencyId(row), associationId(row));
            account.setEmail(row.optional("email"));
            account.setSynthetic(true);
            accounts.save(account);
            counter.inserted();
        }
        return counter.result();
    }

    private Long agencyId(CsvRow row) {
        String code = row.optional("agency_code");
        return code == null ? null : agencies.findByCode(code).map(AgencySummary::id)
                .orElseThrow(() -> row.problem("unknown agency code " + code));
    }

    private Long associationId(CsvRow row) {
        String code = row.optional("association_code");
        return code == null ? null : associations.findByCode(code).map(AssociationSummary::id)
                .orElseThrow(() -> row.problem("unknown association code " + code));
    }
}

package vn.pcitracker.security.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * The accounts, as searched, to Excel or CSV. {@link AccountSummary} carries no password hash, so none can be
 * written. A short list, read whole like the grid; texts are resolved when the view is built.
 */
final class AccountExport {

    static final String FILE_NAME = "tai-khoan";

    private static final String KEY = "security.AccountExport.";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<AccountSummary> table;

    AccountExport(Component owner, Locale locale, AccountBindingNames names) {
        this.locale = locale;
        Map<Role, String> roles = Arrays.stream(Role.values()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                role -> owner.getTranslation(locale, "security.Role." + role.name())));
        String enabled = owner.getTranslation(locale, KEY + "enabled");
        String disabled = owner.getTranslation(locale, KEY + "disabled");
        String yes = owner.getTranslation(locale, KEY + "yes");
        String vietnamese = owner.getTranslation(locale, KEY + "language.vi");
        String english = owner.getTranslation(locale, KEY + "language.en");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "username", 20, AccountSummary::username),
                ExportColumn.text(KEY + "displayName", 36, AccountSummary::displayName),
                ExportColumn.text(KEY + "email", 32, AccountSummary::email),
                ExportColumn.text(KEY + "role", 24, account -> roles.get(account.role())),
                ExportColumn.text(KEY + "binding", 40, names::bindingOf),
                ExportColumn.text(KEY + "language", 12, 
                        account -> AppLocales.isVietnamese(account.preferredLocale()) ? vietnamese : english),
                ExportColumn.text(KEY + "status", 16, account -> account.enabled() ? enabled : disabled),
                ExportColumn.date(KEY + "createdOn", 14, account -> account.createdAt().atZone(PROVINCE).toLocalDate()),
                ExportColumn.text(KEY + "synthetic", 12, account -> account.synthetic() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the accounts the grid lists; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<AccountSummary> accounts) {
        table.write(format, accounts.stream(), out, locale, texts);
    }
}

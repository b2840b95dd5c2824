package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The agencies, as searched, to Excel or CSV: both names, kind, parent, validity as date cells, successors and
 * status. Parents and successors are named from every agency (retired ones included), passed with the rows, so a
 * successor outside the search still has its name. Texts are resolved when the view is built.
 */
final class AgencyExport {

    static final String FILE_NAME = "co-quan-don-vi";

    private static final String KEY = "organization.AgencyExport.";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final Map<AgencyKind, String> kinds;
    private final String active;
    private final String retired;

    AgencyExport(Component owner, Locale locale) {
        this.locale = locale;
        this.kinds = Arrays.stream(AgencyKind.values()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                kind -> owner.getTranslation(locale, kind.labelKey())));
        this.active = owner.getTranslation(locale, KEY + "active");
        this.retired = owner.getTranslation(locale, KEY + "retired");
        this.texts = table(Map.of()).resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /**
     * Writes the agencies the grid lists; called by the download, outside the UI lock.
     *
     * @param all every agency by id, for the names of parents and successors
     */
    void write(ExportFormat format, OutputStream out, List<AgencySummary> agencies, Map<Long, AgencySummary> all) {
        table(all).write(format, agencies.stream(), out, locale, texts);
    }

    private TableExport<AgencySummary> table(Map<Long, AgencySummary> all) {
        LocalDate today = LocalDate.now(PROVINCE);
        return TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 14, AgencySummary::code),
                ExportColumn.text(KEY + "nameVi", 44, AgencySummary::nameVi),
                ExportColumn.text(KEY + "nameEn", 40, AgencySummary::nameEn),
                ExportColumn.text(KEY + "kind", 22, agency -> kinds.get(agency.kind())),
                ExportColumn.text(KEY + "parent", 36, agency -> AgencyChoices.names(
                        agency.parentId() == null ? List.of() : List.of(agency.parentId()), all, locale)),
                ExportColumn.date(KEY + "validFrom", 14, AgencySummary::validFrom),
                ExportColumn.date(KEY + "validTo", 14, AgencySummary::validTo),
                ExportColumn.text(KEY + "successors", 44, agency -> AgencyChoices.names(agency.successorIds(), all, locale)),
                ExportColumn.text(KEY + "status", 16, agency -> agency.retiredOn(today) ? retired : active));
    }
}

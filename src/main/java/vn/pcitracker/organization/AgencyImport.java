package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.organization.domain.Agency;
import vn.pcitracker.organization.domain.AgencyRepository;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportText;

/**
 * An agencies file, row by row, for {@link RegisterImport}: upserted by code (ignoring case) with the rules of
 * {@link AgencyService#create} and {@link AgencyService#update}. The kind is named by code or label, the parent by
 * code or name, or by the code of an agency an earlier row creates. An import never retires: it refuses to change
 * the end date of a stored agency (that is "Kết thúc hoạt động", which names the successors), and leaves successors
 * as they are.
 */
final class AgencyImport implements RegisterImport.Register<Agency, AgencyForm> {

    static final String KEY = "organization.AgencyImport.";
    static final ImportDefinition DEFINITION = ImportDefinition.of("organization.agencies", KEY + "title", List.of(
                    ImportColumn.required("code", KEY + "code"),
                    ImportColumn.required("name_vi", KEY + "nameVi"),
                    ImportColumn.optional("name_en", KEY + "nameEn"),
                    ImportColumn.required("kind", KEY + "kind"),
                    ImportColumn.optional("parent_code", KEY + "parent"),
                    ImportColumn.optional("valid_from", KEY + "validFrom"),
                    ImportColumn.optional("valid_to", KEY + "validTo")),
            List.of(Map.of("code", "S-XD", "name_vi", "Sở Xây dựng", "name_en", "Department of Construction",
                            "kind", "Sở, ngành"),
                    Map.of("code", "P-HONGBANG", "name_vi", "Phường Hồng Bàng", "name_en", "Hong Bang Ward",
                            "kind", "WARD", "valid_from", "01/07/2025")));
    private static final Map<String, String> COLUMNS = Map.of("code", "code", "nameVi", "name_vi",
            "nameEn", "name_en", "kind", "kind", "parentId", "parent_code", "validFrom", "valid_from",
            "validTo", "valid_to");

    private final AgencyService service;
    private final AgencyRules rules;
    private final AgencyRepository agencies;
    private final CatalogueMatcher<AgencyKind> kinds;
    private final CatalogueMatcher<Agency> parents;
    private final Set<String> createdEarlier = new HashSet<>();

    AgencyImport(AgencyService service, AgencyRules rules, AgencyRepository agencies,
                 ModuleTranslationProvider translations) {
        this.service = service;
        this.rules = rules;
        this.agencies = agencies;
        this.kinds = new CatalogueMatcher<>(List.of(AgencyKind.values()), kind -> Stream.concat(Stream.of(kind.name()),
                AppLocales.SUPPORTED.stream().map(locale -> translations.translations(locale).get(kind.labelKey())))
                .toList());
        this.parents = CatalogueMatcher.byNames(agencies.findAll(), Agency::getCode, Agency::getNameVi,
                Agency::getNameEn);
    }

    @Override
    public ImportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public String keyColumn() {
        return "code";
    }

    @Override
    public String key(ImportRow row, ImportProblems problems) {
        return ImportCells.required(row, "code", problems);
    }

    @Override
    public Agency stored(String key) {
        return agencies.findByCodeIgnoreCase(key).orElse(null);
    }

    @Override
    public AgencyForm form(ImportRow row, Agency stored, ImportProblems problems) {
        AgencyKind kind = kind(row, problems);
        Long parentId = parent(row, problems);
        LocalDate validFrom = ImportCells.date(row, "valid_from", problems);
        LocalDate validTo = ImportCells.date(row, "valid_to", problems);
        if (stored != null && row.has("valid_to") && !Objects.equals(validTo, stored.getValidTo())) {
            problems.add(row.row(), "valid_to", KEY + "retireInList");
        }
        if (stored == null) {
            createdEarlier.add(ImportText.key(row.get("code")));
            return new AgencyForm(row.get("code"), row.get("name_vi"), row.get("name_en"), kind, parentId, validFrom,
                    validTo, List.of());
        }
        return new AgencyForm(stored.getCode(), row.get("name_vi"), or(row.get("name_en"), stored.getNameEn()), kind,
                row.has("parent_code") ? parentId : stored.getParentId(), or(validFrom, stored.getValidFrom()),
                stored.getValidTo(), stored.getSuccessorIds());
    }

    /** The kind by its label in either language or its code; a wrong one is answered with the codes. */
    private AgencyKind kind(ImportRow row, ImportProblems problems) {
        List<AgencyKind> found = row.has("kind") ? kinds.matches(row.get("kind")) : List.of();
        if (row.has("kind") && found.size() != 1) {
            problems.add(row.row(), "kind", KEY + "unknownKind", row.get("kind"),
                    Arrays.stream(AgencyKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return found.size() == 1 ? found.getFirst() : null;
    }

    /** A stored agency, or one an earlier row creates (null until it exists, which the preview cannot check). */
    private Long parent(ImportRow row, ImportProblems problems) {
        String name = row.get("parent_code");
        if (name == null) {
            return null;
        }
        List<Agency> found = parents.matches(name);
        if (found.size() == 1) {
            return found.getFirst().getId();
        }
        Agency created = found.isEmpty() ? stored(name) : null;
        if (created != null) {
            return created.getId();
        }
        if (found.size() > 1) {
            problems.ambiguous(row.row(), "parent_code", name, found.size());
        } else if (!createdEarlier.contains(ImportText.key(name))) {
            problems.unknown(row.row(), "parent_code", name);
        }
        return null;
    }

    @Override
    public AgencyForm formOf(Agency stored) {
        return new AgencyForm(stored.getCode(), stored.getNameVi(), stored.getNameEn(), stored.getKind(),
                stored.getParentId(), stored.getValidFrom(), stored.getValidTo(), stored.getSuccessorIds());
    }

    @Override
    public void check(Agency stored, AgencyForm form) {
        rules.check(stored, form);
    }

    @Override
    public ImportLink save(Agency stored, AgencyForm form) {
        AgencySummary saved = stored == null ? service.create(form)
                : service.update(stored.getId(), form, stored.getVersion());
        return new ImportLink(saved.code() + " · " + saved.nameVi(), "admin/agencies?q=" + saved.code());
    }

    @Override
    public String column(String field) {
        return field == null ? null : COLUMNS.get(field);
    }

    @Override
    public String name(AgencyForm form) {
        return form.nameVi();
    }

    private static <T> T or(T value, T stored) {
        return value != null ? value : stored;
    }
}

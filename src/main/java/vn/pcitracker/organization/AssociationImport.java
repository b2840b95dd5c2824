package vn.pcitracker.organization;

import java.util.List;
import java.util.Map;
import vn.pcitracker.organization.domain.Association;
import vn.pcitracker.organization.domain.AssociationRepository;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * An associations file, row by row, for {@link RegisterImport}: upserted by code (ignoring case) with the rules of
 * {@link AssociationService#create} and {@link AssociationService#update}; tax codes checked by the shared
 * tax-code check (check digit included). An import never retires an association nor brings a retired one back.
 */
final class AssociationImport implements RegisterImport.Register<Association, AssociationForm> {

    static final String KEY = "organization.AssociationImport.";
    static final ImportDefinition DEFINITION = ImportDefinition.of("organization.associations", KEY + "title", List.of(
                    ImportColumn.required("code", KEY + "code"),
                    ImportColumn.required("name_vi", KEY + "nameVi"),
                    ImportColumn.optional("name_en", KEY + "nameEn"),
                    ImportColumn.optional("tax_code", KEY + "taxCode"),
                    ImportColumn.optional("sector", KEY + "sector"),
                    ImportColumn.optional("contact_name", KEY + "contactName"),
                    ImportColumn.optional("contact_phone", KEY + "contactPhone"),
                    ImportColumn.optional("contact_email", KEY + "contactEmail")),
            List.of(Map.of("code", "HHDN-HP", "name_vi", "Hiệp hội Doanh nghiệp thành phố Hải Phòng",
                    "name_en", "Hai Phong Business Association", "sector", "Đa ngành")));
    private static final Map<String, String> COLUMNS = Map.of("code", "code", "nameVi", "name_vi",
            "nameEn", "name_en", "taxCode", "tax_code", "sector", "sector", "contactName", "contact_name",
            "contactPhone", "contact_phone", "contactEmail", "contact_email");

    private final AssociationService service;
    private final AssociationRepository associations;

    AssociationImport(AssociationService service, AssociationRepository associations) {
        this.service = service;
        this.associations = associations;
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
    public Association stored(String key) {
        return associations.findByCodeIgnoreCase(key).orElse(null);
    }

    @Override
    public AssociationForm form(ImportRow row, Association stored, ImportProblems problems) {
        String taxCode = ImportCells.taxCode(row, "tax_code", problems);
        if (stored == null) {
            return new AssociationForm(row.get("code"), row.get("name_vi"), row.get("name_en"), taxCode,
                    row.get("sector"), row.get("contact_name"), row.get("contact_phone"), row.get("contact_email"));
        }
        return new AssociationForm(stored.getCode(), row.get("name_vi"), or(row.get("name_en"), stored.getNameEn()),
                or(taxCode, stored.getTaxCode()), or(row.get("sector"), stored.getSector()),
                or(row.get("contact_name"), stored.getContactName()),
                or(row.get("contact_phone"), stored.getContactPhone()),
                or(row.get("contact_email"), stored.getContactEmail()));
    }

    @Override
    public AssociationForm formOf(Association stored) {
        return new AssociationForm(stored.getCode(), stored.getNameVi(), stored.getNameEn(), stored.getTaxCode(),
                stored.getSector(), stored.getContactName(), stored.getContactPhone(), stored.getContactEmail());
    }

    @Override
    public void check(Association stored, AssociationForm form) {
        service.check(stored == null ? null : stored.getId(), form);
    }

    @Override
    public ImportLink save(Association stored, AssociationForm form) {
        AssociationSummary saved = stored == null ? service.create(form)
                : service.update(stored.getId(), form, stored.getVersion());
        return new ImportLink(saved.code() + " · " + saved.nameVi(), "admin/associations?q=" + saved.code());
    }

    @Override
    public String column(String field) {
        return field == null ? null : COLUMNS.get(field);
    }

    @Override
    public String name(AssociationForm form) {
        return form.nameVi();
    }

    private static String or(String value, String stored) {
        return value != null ? value : stored;
    }
}

package vn.pcitracker.organization;

import java.util.List;
import java.util.Map;
import vn.pcitracker.organization.domain.Enterprise;
import vn.pcitracker.organization.domain.EnterpriseRepository;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * An enterprises file, row by row, for {@link RegisterImport}: upserted by tax code, checked by the shared tax-code
 * check (check digit included) and the rules of {@link EnterpriseService#create} and
 * {@link EnterpriseService#update}. An import never closes an enterprise nor reopens a closed one. Association
 * membership is not modelled, so there is no such column.
 */
final class EnterpriseImport implements RegisterImport.Register<Enterprise, EnterpriseForm> {

    static final String KEY = "organization.EnterpriseImport.";
    static final ImportDefinition DEFINITION = ImportDefinition.of("organization.enterprises", KEY + "title", List.of(
                    ImportColumn.required("tax_code", KEY + "taxCode"),
                    ImportColumn.required("name", KEY + "name"),
                    ImportColumn.optional("address", KEY + "address"),
                    ImportColumn.optional("sector", KEY + "sector"),
                    ImportColumn.optional("contact_name", KEY + "contactName"),
                    ImportColumn.optional("contact_phone", KEY + "contactPhone"),
                    ImportColumn.optional("contact_email", KEY + "contactEmail")),
            List.of(Map.of("tax_code", "0299000003", "name", "Công ty TNHH Kho vận Lạch Tray Đông",
                    "address", "Số 3 đường Mẫu, phường Lê Chân, TP Hải Phòng (giả lập)", "sector", "Logistics",
                    "contact_name", "Lê Văn Cường", "contact_phone", "0000 000 003",
                    "contact_email", "lienhe@lachtraydong.example")));
    private static final Map<String, String> COLUMNS = Map.of("taxCode", "tax_code", "name", "name",
            "address", "address", "sector", "sector", "contactName", "contact_name",
            "contactPhone", "contact_phone", "contactEmail", "contact_email");

    private final EnterpriseService service;
    private final EnterpriseRepository enterprises;

    EnterpriseImport(EnterpriseService service, EnterpriseRepository enterprises) {
        this.service = service;
        this.enterprises = enterprises;
    }

    @Override
    public ImportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public String keyColumn() {
        return "tax_code";
    }

    /**
     * The tax code without spaces: a registered firm's code as it is stored (registers hold codes entered before
     * the check digit was checked, as the recommendations import also accepts them), a new one only when the shared
     * check accepts it.
     */
    @Override
    public String key(ImportRow row, ImportProblems problems) {
        String written = ImportCells.required(row, "tax_code", problems);
        if (written == null) {
            return null;
        }
        String stored = TaxCode.normalize(written);
        return stored != null && enterprises.findByTaxCode(stored).isPresent() ? stored
                : ImportCells.taxCode(row, "tax_code", problems);
    }

    @Override
    public Enterprise stored(String key) {
        return enterprises.findByTaxCode(key).orElse(null);
    }

    @Override
    public EnterpriseForm form(ImportRow row, Enterprise stored, ImportProblems problems) {
        String taxCode = TaxCode.normalize(row.get("tax_code"));
        if (stored == null) {
            return new EnterpriseForm(taxCode, row.get("name"), row.get("sector"), row.get("address"),
                    row.get("contact_name"), row.get("contact_phone"), row.get("contact_email"));
        }
        return new EnterpriseForm(stored.getTaxCode(), row.get("name"), or(row.get("sector"), stored.getSector()),
                or(row.get("address"), stored.getAddress()), or(row.get("contact_name"), stored.getContactName()),
                or(row.get("contact_phone"), stored.getContactPhone()),
                or(row.get("contact_email"), stored.getContactEmail()));
    }

    @Override
    public EnterpriseForm formOf(Enterprise stored) {
        return new EnterpriseForm(stored.getTaxCode(), stored.getName(), stored.getSector(), stored.getAddress(),
                stored.getContactName(), stored.getContactPhone(), stored.getContactEmail());
    }

    @Override
    public void check(Enterprise stored, EnterpriseForm form) {
        service.check(stored == null ? null : stored.getId(), form);
    }

    @Override
    public ImportLink save(Enterprise stored, EnterpriseForm form) {
        EnterpriseSummary saved = stored == null ? service.create(form)
                : service.update(stored.getId(), form, stored.getVersion());
        return new ImportLink(saved.taxCode() + " · " + saved.name(), "enterprises?q=" + saved.taxCode());
    }

    @Override
    public String column(String field) {
        return field == null ? null : COLUMNS.get(field);
    }

    @Override
    public String name(EnterpriseForm form) {
        return form.name();
    }

    private static String or(String value, String stored) {
        return value != null ? value : stored;
    }
}

package vn.pcitracker.organization;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.domain.Enterprise;
import vn.pcitracker.organization.domain.EnterpriseRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/** Enterprises by tax code: read by everyone signed in, maintained by administrators and investment officers. */
@Service
public class EnterpriseService {

    static final String CAN_EDIT = "hasAnyRole('ADMIN','INVESTMENT_OFFICER')";
    private static final String KEY = "organization.EnterpriseService.";
    private static final Comparator<EnterpriseSummary> BY_NAME =
            Comparator.comparing(EnterpriseSummary::name, OrganizationNames.vietnamese());

    private final EnterpriseRepository enterprises;

    EnterpriseService(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<EnterpriseSummary> find(long id) {
        return enterprises.findById(id).map(Enterprise::toSummary);
    }

    /** Accepts the code as people type it ("0201 234 567"); an invalid code finds nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<EnterpriseSummary> findByTaxCode(String taxCode) {
        String normalized = TaxCode.normalize(taxCode);
        return normalized == null ? Optional.empty() : enterprises.findByTaxCode(normalized).map(Enterprise::toSummary);
    }

    /** Many at once (imports, exports): the firms of these ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<EnterpriseSummary> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : enterprises.findAllById(ids).stream().map(Enterprise::toSummary).toList();
    }

    /** Many at once (imports): the registered firms by tax code, for the codes as stored (spaces removed). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Map<String, EnterpriseSummary> findByTaxCodes(Collection<String> taxCodes) {
        List<String> codes = taxCodes.stream().map(TaxCode::normalize).filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : enterprises.findByTaxCodeIn(codes).stream()
                .collect(Collectors.toMap(Enterprise::getTaxCode, Enterprise::toSummary));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<EnterpriseSummary> activeEnterprises() {
        return search("", false);
    }

    /** Name and tax code, ignoring case and Vietnamese diacritics; blank text lists all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<EnterpriseSummary> search(String text, boolean includeRetired) {
        return enterprises.search(ProvinceCalendar.containsPattern(text), includeRetired).stream()
                .map(Enterprise::toSummary).sorted(BY_NAME).toList();
    }

    @Transactional
    @PreAuthorize(CAN_EDIT)
    public EnterpriseSummary create(EnterpriseForm form) {
        String taxCode = check(null, form);
        return save(new Enterprise(taxCode, Violations.clean(form.name())), form, taxCode);
    }

    @Transactional
    @PreAuthorize(CAN_EDIT)
    public EnterpriseSummary update(long id, EnterpriseForm form, long expectedVersion) {
        Enterprise enterprise = load(id);
        if (enterprise.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Enterprise " + id + " was changed by someone else");
        }
        return save(enterprise, form, check(enterprise.getId(), form));
    }

    /** Marks the enterprise as closed from today; its history stays. */
    @Transactional
    @PreAuthorize(CAN_EDIT)
    public EnterpriseSummary retire(long id) {
        Enterprise enterprise = load(id);
        if (enterprise.getRetiredOn() == null) {
            enterprise.setRetiredOn(ProvinceCalendar.today());
            enterprise.markModifiedLocally();
        }
        return enterprises.saveAndFlush(enterprise).toSummary();
    }

    /** The columns and examples of the enterprises template. */
    @Transactional(readOnly = true)
    @PreAuthorize(CAN_EDIT)
    public ImportDefinition importDefinition() {
        return EnterpriseImport.DEFINITION;
    }

    /** What importing the rows would create or change, or every problem by row and column; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(CAN_EDIT)
    public ImportPreview<OrganizationImportRow> previewImport(List<ImportRow> rows) {
        return new RegisterImport<>(new EnterpriseImport(this, enterprises)).preview(rows);
    }

    /**
     * Creates or updates every row's record by tax code with the rules of {@link #create} and {@link #update}, or
     * none when any row breaks one. Blank optional cells keep the stored values; retiring stays in the list.
     */
    @Transactional
    @PreAuthorize(CAN_EDIT)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        return new RegisterImport<>(new EnterpriseImport(this, enterprises)).store(rows, progress);
    }

    String check(Long id, EnterpriseForm form) {
        Violations violations = new Violations()
                .require("taxCode", form.taxCode())
                .require("name", form.name()).maxLength("name", form.name(), EnterpriseForm.NAME_MAX)
                .maxLength("sector", form.sector(), EnterpriseForm.SECTOR_MAX)
                .maxLength("address", form.address(), EnterpriseForm.ADDRESS_MAX);
        ContactRules.check(violations, "EnterpriseService", form.contactName(), form.contactPhone(), form.contactEmail());
        String taxCode = ContactRules.taxCode(violations, form.taxCode());
        if (taxCode != null && enterprises.findByTaxCode(taxCode).filter(other -> !Objects.equals(other.getId(), id)).isPresent()) {
            violations.add("taxCode", KEY + "taxCodeTaken", taxCode);
        }
        violations.throwIfAny();
        return taxCode;
    }

    // Edited records are marked, so that reloading the demo CSV never undoes an officer's correction.
    private EnterpriseSummary save(Enterprise enterprise, EnterpriseForm form, String taxCode) {
        enterprise.setTaxCode(taxCode);
        enterprise.setName(Violations.clean(form.name()));
        enterprise.setSector(Violations.clean(form.sector()));
        enterprise.setAddress(Violations.clean(form.address()));
        enterprise.setContactName(Violations.clean(form.contactName()));
        enterprise.setContactPhone(Violations.clean(form.contactPhone()));
        enterprise.setContactEmail(Violations.clean(form.contactEmail()));
        enterprise.markModifiedLocally();
        return enterprises.saveAndFlush(enterprise).toSummary();
    }

    private Enterprise load(long id) {
        return enterprises.findById(id).orElseThrow(() -> new RecordNotFoundException("Enterprise", id));
    }
}

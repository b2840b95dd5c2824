package vn.pcitracker.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.domain.Association;
import vn.pcitracker.organization.domain.AssociationRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/** Business associations: read by everyone signed in, maintained by administrators. */
@Service
public class AssociationService {

    private static final String KEY = "organization.AssociationService.";
    private static final Comparator<AssociationSummary> BY_NAME =
            Comparator.comparing(AssociationSummary::nameVi, OrganizationNames.vietnamese());

    private final AssociationRepository associations;

    AssociationService(AssociationRepository associations) {
        this.associations = associations;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<AssociationSummary> find(long id) {
        return associations.findById(id).map(Association::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<AssociationSummary> findByCode(String code) {
        String cleaned = Violations.clean(code);
        return cleaned == null ? Optional.empty() : associations.findByCode(cleaned).map(Association::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<AssociationSummary> activeAssociations() {
        return search("", false);
    }

    /** Names, code and tax code, ignoring case and Vietnamese diacritics; blank text lists all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<AssociationSummary> search(String text, boolean includeRetired) {
        return associations.search(ProvinceCalendar.containsPattern(text), includeRetired).stream()
                .map(Association::toSummary).sorted(BY_NAME).toList();
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AssociationSummary create(AssociationForm form) {
        String taxCode = check(null, form);
        return save(new Association(Violations.clean(form.code()), Violations.clean(form.nameVi())), form, taxCode);
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AssociationSummary update(long id, AssociationForm form, long expectedVersion) {
        Association association = load(id);
        if (association.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Association " + id + " was changed by someone else");
        }
        return save(association, form, check(association.getId(), form));
    }

    /** Marks the association as no longer active from today; its history stays. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AssociationSummary retire(long id) {
        Association association = load(id);
        if (association.getRetiredOn() == null) {
            association.setRetiredOn(ProvinceCalendar.today());
            association.markModifiedLocally();
        }
        return associations.saveAndFlush(association).toSummary();
    }

    /** The columns and examples of the associations template. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportDefinition importDefinition() {
        return AssociationImport.DEFINITION;
    }

    /** What importing the rows would create or change, or every problem by row and column; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportPreview<OrganizationImportRow> previewImport(List<ImportRow> rows) {
        return new RegisterImport<>(new AssociationImport(this, associations)).preview(rows);
    }

    /**
     * Creates or updates every row's record by code with the rules of {@link #create} and {@link #update}, or
     * none when any row breaks one. Blank optional cells keep the stored values; retiring stays in the list.
     */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        return new RegisterImport<>(new AssociationImport(this, associations)).store(rows, progress);
    }

    /** Returns the normalised tax code after checking every rule. */
    String check(Long id, AssociationForm form) {
        String code = Violations.clean(form.code());
        Violations violations = new Violations()
                .require("code", code).maxLength("code", code, AssociationForm.CODE_MAX)
                .require("nameVi", form.nameVi()).maxLength("nameVi", form.nameVi(), AssociationForm.NAME_MAX)
                .maxLength("nameEn", form.nameEn(), AssociationForm.NAME_MAX)
                .maxLength("sector", form.sector(), AssociationForm.SECTOR_MAX);
        ContactRules.check(violations, "AssociationService", form.contactName(), form.contactPhone(), form.contactEmail());
        String taxCode = ContactRules.taxCode(violations, form.taxCode());
        if (code != null && associations.findByCode(code).filter(other -> !Objects.equals(other.getId(), id)).isPresent()) {
            violations.add("code", KEY + "codeTaken", code);
        }
        if (taxCode != null && associations.findByTaxCode(taxCode).filter(other -> !Objects.equals(other.getId(), id)).isPresent()) {
            violations.add("taxCode", KEY + "taxCodeTaken", taxCode);
        }
        violations.throwIfAny();
        return taxCode;
    }

    // Locally created and edited records alike are marked, so that a reload of the CSV never undoes them.
    private AssociationSummary save(Association association, AssociationForm form, String taxCode) {
        association.setCode(Violations.clean(form.code()));
        association.setNameVi(Violations.clean(form.nameVi()));
        association.setNameEn(Violations.clean(form.nameEn()));
        association.setTaxCode(taxCode);
        association.setSector(Violations.clean(form.sector()));
        association.setContactName(Violations.clean(form.contactName()));
        association.setContactPhone(Violations.clean(form.contactPhone()));
        association.setContactEmail(Violations.clean(form.contactEmail()));
        association.markModifiedLocally();
        return associations.saveAndFlush(association).toSummary();
    }

    private Association load(long id) {
        return associations.findById(id).orElseThrow(() -> new RecordNotFoundException("Association", id));
    }
}

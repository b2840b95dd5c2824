package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.organization.domain.Agency;
import vn.pcitracker.organization.domain.AgencyRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/** Agencies over time: who exists today, who took over from whom, and the administrator's edits. */
@Service
public class AgencyService {

    static final Comparator<AgencySummary> BY_KIND_THEN_NAME = Comparator.comparing(AgencySummary::kind)
            .thenComparing(AgencySummary::nameVi, OrganizationNames.vietnamese());

    private final AgencyRepository agencies;
    private final AgencyRules rules;
    private final ModuleTranslationProvider translations;

    AgencyService(AgencyRepository agencies, ModuleTranslationProvider translations) {
        this.agencies = agencies;
        this.rules = new AgencyRules(agencies);
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<AgencySummary> find(long id) {
        return agencies.findById(id).map(Agency::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<AgencySummary> findByCode(String code) {
        String cleaned = Violations.clean(code);
        return cleaned == null ? Optional.empty() : agencies.findByCode(cleaned).map(Agency::toSummary);
    }

    /** Agencies valid today, sorted by kind, then by Vietnamese name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<AgencySummary> activeAgencies() {
        LocalDate today = ProvinceCalendar.today();
        return agencies.findAll().stream().map(Agency::toSummary)
                .filter(agency -> agency.activeOn(today)).sorted(BY_KIND_THEN_NAME).toList();
    }

    /** Names and codes, ignoring case and Vietnamese diacritics; blank text lists all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<AgencySummary> search(String text, boolean includeRetired) {
        return agencies.search(ProvinceCalendar.containsPattern(text), includeRetired, ProvinceCalendar.today())
                .stream().map(Agency::toSummary).sorted(BY_KIND_THEN_NAME).toList();
    }

    /**
     * The agency whose reports include {@code agencyId}'s on {@code asOf}: while an agency had ended by then,
     * follow its primary successor. Without a successor an agency stays its own target; a cycle of
     * successors (bad data) yields the agency itself rather than looping.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public long rollUpTarget(long agencyId, LocalDate asOf) {
        AgencySummary current = find(agencyId).orElseThrow(() -> new RecordNotFoundException("Agency", agencyId));
        Set<Long> visited = new HashSet<>();
        while (visited.add(current.id())) {
            if (!current.retiredOn(asOf) || current.successorIds().isEmpty()) {
                return current.id();
            }
            Optional<Agency> next = agencies.findById(current.successorIds().getFirst());
            if (next.isEmpty()) {
                return current.id();
            }
            current = next.get().toSummary();
        }
        return agencyId;
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AgencySummary create(AgencyForm form) {
        rules.check(null, form);
        Agency agency = new Agency(Violations.clean(form.code()), Violations.clean(form.nameVi()), form.kind());
        return save(agency, form);
    }

    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AgencySummary update(long id, AgencyForm form, long expectedVersion) {
        Agency agency = load(id);
        if (agency.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Agency " + id + " was changed by someone else");
        }
        rules.check(agency, form);
        return save(agency, form);
    }

    /** Ends the validity of the agency read at {@code expectedVersion} and names who takes over; the record and its history stay. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AgencySummary retire(long id, LocalDate validTo, List<Long> successorIds, long expectedVersion) {
        Agency agency = load(id);
        if (agency.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Agency " + id + " was changed by someone else");
        }
        List<Long> successors = successorIds == null ? List.of() : List.copyOf(successorIds);
        rules.checkRetirement(agency, validTo, successors);
        agency.setValidTo(validTo);
        agency.replaceSuccessors(successors);
        agency.markModifiedLocally();
        return agencies.saveAndFlush(agency).toSummary();
    }

    /** The columns and examples of the agencies template. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportDefinition importDefinition() {
        return AgencyImport.DEFINITION;
    }

    /** What importing the rows would create or change, or every problem by row and column; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportPreview<OrganizationImportRow> previewImport(List<ImportRow> rows) {
        return new RegisterImport<>(new AgencyImport(this, rules, agencies, translations)).preview(rows);
    }

    /**
     * Creates or updates every row's agency by code with the rules of {@link #create} and {@link #update}, or none
     * when any row breaks one. Blank optional cells keep the stored values; the end date and the successors of a
     * stored agency are left to "retire".
     */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        return new RegisterImport<>(new AgencyImport(this, rules, agencies, translations)).store(rows, progress);
    }

    // Locally created and edited records alike are marked, so that a reload of the CSV never undoes them.
    private AgencySummary save(Agency agency, AgencyForm form) {
        agency.setCode(Violations.clean(form.code()));
        agency.setNameVi(Violations.clean(form.nameVi()));
        agency.setNameEn(Violations.clean(form.nameEn()));
        agency.setKind(form.kind());
        agency.setParentId(form.parentId());
        agency.setValidFrom(form.validFrom());
        agency.setValidTo(form.validTo());
        agency.replaceSuccessors(form.successorIds());
        agency.markModifiedLocally();
        return agencies.saveAndFlush(agency).toSummary();
    }

    private Agency load(long id) {
        return agencies.findById(id).orElseThrow(() -> new RecordNotFoundException("Agency", id));
    }
}

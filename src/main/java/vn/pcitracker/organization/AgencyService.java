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

/** Agencies over time: who exists today, who took over from whom, and the administrator's edits. */
@Service
public class AgencyService {

    static final Comparator<AgencySummary> BY_KIND_THEN_NAME = Comparator.comparing(AgencySummary::kind)
            .thenComparing(AgencySummary::nameVi, OrganizationNames.vietnamese());

    private final AgencyRepository agencies;
    private final AgencyRules rules;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
        this.rules = new AgencyRules(agencies);
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

    /** Ends the agency's validity and names who takes over; the record and its history stay. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public AgencySummary retire(long id, LocalDate validTo, List<Long> successorIds) {
        Agency agency = load(id);
        List<Long> successors = successorIds == null ? List.of() : List.copyOf(successorIds);
        rules.checkRetirement(agency, validTo, successors);
        agency.setValidTo(validTo);
        agency.replaceSuccessors(successors);
        agency.markModifiedLocally();
        return agencies.saveAndFlush(agency).toSummary();
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

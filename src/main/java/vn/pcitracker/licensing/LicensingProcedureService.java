package vn.pcitracker.licensing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LicensingProcedure;
import vn.pcitracker.licensing.domain.LicensingProcedureRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/**
 * Licensing procedures with their statutory and the province's reduced processing days: everyone signed in reads
 * them, investment officers (and administrators) record and correct them.
 */
@Service
public class LicensingProcedureService {

    public static final int MAX_DAYS = 365;
    private static final String KEY = "licensing.LicensingProcedureService.";
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LicensingProcedureRepository procedures;
    private final ConditionalLineRepository lines;
    private final AgencyService agencies;

    LicensingProcedureService(LicensingProcedureRepository procedures, ConditionalLineRepository lines,
                              AgencyService agencies) {
        this.procedures = procedures;
        this.lines = lines;
        this.agencies = agencies;
    }

    /** Procedures by code; {@code text} matches code and name ignoring case and diacritics; blank lists all. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<LicensingProcedureSummary> search(String text) {
        return procedures.search(ConditionalLineService.containsPattern(text)).stream()
                .map(LicensingProcedure::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<LicensingProcedureSummary> find(long id) {
        return procedures.findById(id).map(LicensingProcedure::toSummary);
    }

    @Transactional
    @PreAuthorize(ConditionalLineService.MAY_WRITE)
    public LicensingProcedureSummary create(LicensingProcedureForm form) {
        check(form, null);
        return save(new LicensingProcedure(Violations.clean(form.code())), form);
    }

    @Transactional
    @PreAuthorize(ConditionalLineService.MAY_WRITE)
    public LicensingProcedureSummary update(long id, LicensingProcedureForm form, long expectedVersion) {
        LicensingProcedure procedure = procedures.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("LicensingProcedure", id));
        if (procedure.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Licensing procedure " + id + " was changed by someone else");
        }
        check(form, id);
        procedure.setCode(Violations.clean(form.code()));
        return save(procedure, form);
    }

    private void check(LicensingProcedureForm form, Long id) {
        String code = Violations.clean(form.code());
        Violations violations = new Violations()
                .require("code", code).maxLength("code", code, LicensingProcedureForm.CODE_MAX)
                .require("nameVi", form.nameVi()).maxLength("nameVi", form.nameVi(), LicensingProcedureForm.NAME_MAX)
                .require("issuingAgencyId", form.issuingAgencyId())
                .require("statutoryDays", form.statutoryDays());
        if (code != null) {
            violations.check(procedures.findByCode(code).filter(other -> !other.getId().equals(id)).isEmpty(),
                    "code", KEY + "codeTaken", code);
        }
        if (form.issuingAgencyId() != null) {
            LocalDate today = LocalDate.now(PROVINCE_TIME);
            violations.check(agencies.find(form.issuingAgencyId()).filter(agency -> agency.activeOn(today)).isPresent(),
                    "issuingAgencyId", KEY + "agencyInactive");
        }
        if (form.statutoryDays() != null) {
            violations.check(form.statutoryDays() >= 1 && form.statutoryDays() <= MAX_DAYS, "statutoryDays",
                    KEY + "daysOutOfRange", MAX_DAYS);
        }
        if (form.reducedDays() != null) {
            violations.check(form.reducedDays() >= 0, "reducedDays", KEY + "reducedNegative");
            violations.check(form.statutoryDays() == null || form.reducedDays() <= form.statutoryDays(), "reducedDays",
                    KEY + "reducedAboveStatutory");
        }
        violations.check(!form.lineIds().isEmpty(), "lineIds", KEY + "noLine");
        if (!form.lineIds().isEmpty()) {
            violations.check(lines.findAllById(form.lineIds()).size() == form.lineIds().size(), "lineIds",
                    KEY + "lineUnknown");
        }
        violations.throwIfAny();
    }

    private LicensingProcedureSummary save(LicensingProcedure procedure, LicensingProcedureForm form) {
        procedure.setNameVi(Violations.clean(form.nameVi()));
        procedure.setIssuingAgencyId(form.issuingAgencyId());
        procedure.setStatutoryDays(form.statutoryDays());
        procedure.setReducedDays(form.reducedDays());
        procedure.replaceLines(form.lineIds());
        return procedures.saveAndFlush(procedure).toSummary();
    }
}

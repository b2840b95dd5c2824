package vn.pcitracker.commitment;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentAccess.Me;
import vn.pcitracker.commitment.domain.CheckInRepository;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.commitment.domain.CommitmentUnit;
import vn.pcitracker.commitment.domain.Criterion;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Violations;

/**
 * Commitments and their criteria: investment officers and administrators create, edit and retire them; everyone
 * else reads what {@link CommitmentAccess} lets them. Each command validates the whole form first and reports every
 * problem at once ({@link vn.pcitracker.shared.ValidationException}), then saves in one transaction. A unit or a
 * criterion that already has check-ins cannot be removed by an edit (their history would go with it); retiring the
 * whole commitment keeps everything. A commitment the user may not read, or a retired one, behaves as missing.
 */
@Service
public class CommitmentService {

    static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','AGENCY_OFFICER','LEADER','ADMIN')";
    static final String MANAGERS = "hasAnyRole('INVESTMENT_OFFICER','ADMIN')";
    private static final String KEY = CommitmentRules.KEY;

    private final CommitmentRepository commitments;
    private final CheckInRepository checkIns;
    private final CommitmentRules rules;
    private final CommitmentAccess access;
    private final CommitmentAssembler assembler;
    private final LiveSources sources;
    private final CommitmentClock clock;

    CommitmentService(CommitmentRepository commitments, CheckInRepository checkIns, CommitmentRules rules,
                      CommitmentAccess access, CommitmentAssembler assembler, LiveSources sources, CommitmentClock clock) {
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.rules = rules;
        this.access = access;
        this.assembler = assembler;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public CommitmentDetails create(CommitmentForm form) {
        Violations violations = new Violations();
        rules.check(violations, form, clock.today());
        violations.throwIfAny();
        Commitment commitment = new Commitment(form.unitKind());
        apply(commitment, form);
        return assembler.details(commitments.saveAndFlush(commitment), manager());
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public CommitmentDetails update(long id, CommitmentForm form, long expectedVersion) {
        Me me = manager();
        Commitment commitment = load(id, me);
        if (commitment.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Commitment " + id + " was changed by someone else");
        }
        Violations violations = new Violations();
        rules.check(violations, form, clock.today());
        checkRemovals(violations, commitment, form);
        violations.throwIfAny();
        apply(commitment, form);
        return assembler.details(commitments.saveAndFlush(commitment), me);
    }

    /**
     * Retires a commitment read at {@code expectedVersion}: it leaves every list, figure, chart and export and takes
     * no more check-ins, but its row, units, criteria and check-ins stay, with who retired it and when (records are
     * never hard-deleted; the call itself is in the audit log).
     */
    @Transactional
    @PreAuthorize(MANAGERS)
    public void retire(long id, long expectedVersion) {
        Commitment commitment = load(id, manager());
        if (commitment.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Commitment " + id + " was changed by someone else");
        }
        commitment.retire(clock.now(), SecurityContextHolder.getContext().getAuthentication().getName());
        commitments.saveAndFlush(commitment);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<CommitmentDetails> find(long id) {
        Me me = access.me();
        return commitments.findByIdAndRetiredAtIsNull(id).filter(c -> CommitmentAccess.canRead(c, me)).map(c -> assembler.details(c, me));
    }

    /** The commitments the user may read that match the filter, newest period first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<CommitmentSummary> search(CommitmentFilter filter) {
        Me me = access.me();
        String words = fold(filter.text());
        return commitments.findAllNewestFirst().stream().filter(c -> CommitmentAccess.canRead(c, me))
                .filter(c -> filter.year() == null || overlapsYear(c, filter.year()))
                .filter(c -> filter.agencyId() == null || c.involvesAgency(filter.agencyId()))
                .filter(c -> words == null || fold(c.getTitle()).contains(words))
                .map(c -> assembler.summary(c, me)).toList();
    }

    /** The live sources a criterion may use, besides {@link CriterionForm#MANUAL}. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<LiveSourceInfo> liveSources() {
        return sources.all();
    }

    /** Demo data only: marks a commitment made up for the demo. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public void markSynthetic(long id) {
        load(id, manager()).setSynthetic(true);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGERS)
    public boolean existsSynthetic(String title) {
        return commitments.existsByTitleAndSyntheticTrue(title);
    }

    private Me manager() {
        Me me = access.me();
        if (!CommitmentAccess.mayManage(me)) {
            throw new AccessDeniedException("Only investment officers and administrators manage commitments");
        }
        return me;
    }

    private Commitment load(long id, Me me) {
        return commitments.findByIdAndRetiredAtIsNull(id).filter(c -> CommitmentAccess.canRead(c, me))
                .orElseThrow(() -> new RecordNotFoundException("Commitment", id));
    }

    private void checkRemovals(Violations violations, Commitment commitment, CommitmentForm form) {
        boolean kindChanged = commitment.getUnitKind() != form.unitKind();
        boolean unitRemoved = commitment.getUnits().stream().filter(unit -> kindChanged || !kept(unit, form))
                .anyMatch(unit -> checkIns.existsByUnitId(unit.getId()));
        violations.check(!unitRemoved, "units", KEY + "unitHasCheckIns");
        List<Long> keptCriteria = form.criteria().stream().map(CriterionForm::id).toList();
        violations.check(commitment.getCriteria().stream().filter(c -> !keptCriteria.contains(c.getId()))
                .noneMatch(c -> checkIns.existsByCriterionId(c.getId())), "criteria", KEY + "criterionHasCheckIns");
        violations.check(form.criteria().stream().map(CriterionForm::id).filter(java.util.Objects::nonNull)
                .allMatch(cid -> commitment.getCriteria().stream().anyMatch(c -> c.getId().equals(cid))), "criteria",
                KEY + "unknownCriterion");
    }

    private static boolean kept(CommitmentUnit unit, CommitmentForm form) {
        return unit.getAgencyId() != null ? form.unitAgencyIds().contains(unit.getAgencyId())
                : CommitmentRules.divisionNames(form).contains(unit.getDivisionName());
    }

    private void apply(Commitment commitment, CommitmentForm form) {
        commitment.setTitle(Violations.clean(form.title()));
        commitment.setPeriodFrom(form.periodFrom());
        commitment.setPeriodTo(form.periodTo());
        commitment.setSigningAgencyId(form.signingAgencyId());
        commitment.setSignerTitle(Violations.clean(form.signerTitle()));
        commitment.setSignedOn(form.signedOn());
        commitment.setDocumentReference(Violations.clean(form.documentReference()));
        replaceUnits(commitment, form);
        replaceCriteria(commitment, form);
    }

    private static void replaceUnits(Commitment commitment, CommitmentForm form) {
        if (commitment.getUnitKind() != form.unitKind()) {
            commitment.getUnits().clear();
            commitment.setUnitKind(form.unitKind());
        }
        List<CommitmentUnit> wanted = new ArrayList<>();
        if (form.unitKind() == UnitKind.DIVISION) {
            for (String name : CommitmentRules.divisionNames(form)) {
                wanted.add(commitment.getUnits().stream().filter(u -> u.sameAs(name, null)).findFirst()
                        .orElseGet(() -> CommitmentUnit.division(name)));
            }
        } else {
            for (Long agencyId : form.unitAgencyIds()) {
                wanted.add(commitment.getUnits().stream().filter(u -> u.sameAs(null, agencyId)).findFirst()
                        .orElseGet(() -> CommitmentUnit.agency(agencyId)));
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            wanted.get(i).setPosition(i + 1);
        }
        commitment.getUnits().retainAll(wanted);
        wanted.stream().filter(CommitmentUnit::isNew).forEach(commitment.getUnits()::add);
    }

    private void replaceCriteria(Commitment commitment, CommitmentForm form) {
        List<Criterion> wanted = new ArrayList<>();
        for (int i = 0; i < form.criteria().size(); i++) {
            CriterionForm entered = form.criteria().get(i);
            Criterion criterion = entered.id() == null ? new Criterion() : commitment.getCriteria().stream()
                    .filter(c -> c.getId().equals(entered.id())).findFirst().orElseThrow();
            String source = entered.source() == null ? CriterionForm.MANUAL : entered.source();
            criterion.setPosition(i + 1);
            criterion.setName(Violations.clean(entered.name()));
            criterion.setSource(source);
            criterion.setUnit(sources.find(source).map(LiveSource::unit).orElse(Violations.clean(entered.unit())));
            criterion.setDirection(entered.direction());
            criterion.setBaseline(entered.baseline());
            criterion.setCommittedValue(entered.committedValue());
            criterion.setTarget(entered.target());
            criterion.setStretch(entered.stretch());
            criterion.setWeight(entered.weight());
            criterion.setDdciComponentId(entered.ddciComponentId());
            criterion.setPciSubIndexCode(Violations.clean(entered.pciSubIndexCode()));
            wanted.add(criterion);
        }
        commitment.getCriteria().removeIf(c -> !wanted.contains(c));
        wanted.stream().filter(Criterion::isNew).forEach(commitment.getCriteria()::add);
    }

    private static boolean overlapsYear(Commitment commitment, int year) {
        return !commitment.getPeriodFrom().isAfter(LocalDate.of(year, 12, 31))
                && !commitment.getPeriodTo().isBefore(LocalDate.of(year, 1, 1));
    }

    /** Lower case without Vietnamese diacritics, so "giao uoc" finds "Giao ước". */
    static String fold(String text) {
        String cleaned = Violations.clean(text);
        if (cleaned == null) {
            return null;
        }
        return Normalizer.normalize(cleaned.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentAccess.Me;
import vn.pcitracker.commitment.domain.CheckIn;
import vn.pcitracker.commitment.domain.CheckInRepository;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentRepository;
import vn.pcitracker.commitment.domain.CommitmentUnit;
import vn.pcitracker.commitment.domain.Criterion;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Violations;

/**
 * Quarterly check-ins by the units' own officers ({@link CommitmentAccess#canCheckIn}). A check-in on a manual
 * criterion carries the typed value; on a live criterion the value is computed by its {@link LiveSource} for the
 * unit's agency over the quarter (within the commitment's period) and stored as a snapshot, whatever was typed.
 * Checking in again for the same quarter adds a check-in that supersedes the earlier one, which stays as history.
 * A retired commitment takes no check-ins.
 */
@Service
public class CheckInService {

    private static final String KEY = "commitment.CheckInService.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CommitmentRepository commitments;
    private final CheckInRepository checkIns;
    private final CommitmentAccess access;
    private final CommitmentAssembler assembler;
    private final LiveSources sources;
    private final CommitmentClock clock;

    CheckInService(CommitmentRepository commitments, CheckInRepository checkIns, CommitmentAccess access,
                   CommitmentAssembler assembler, LiveSources sources, CommitmentClock clock) {
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.access = access;
        this.assembler = assembler;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    public CommitmentDetails checkIn(CheckInForm form) {
        Me me = access.me();
        Commitment commitment = commitments.findAnyByCriterionId(form.criterionId())
                .filter(c -> CommitmentAccess.canRead(c, me))
                .orElseThrow(() -> new RecordNotFoundException("Criterion", form.criterionId()));
        if (commitment.isRetired()) {
            // Someone may still have its page open: tell them why, rather than a bare "not found".
            new Violations().add("commitment", KEY + "retired").throwIfAny();
        }
        Criterion criterion = commitment.getCriteria().stream().filter(k -> k.getId() == form.criterionId())
                .findFirst().orElseThrow();
        boolean live = !CriterionForm.MANUAL.equals(criterion.getSource());
        String note = Violations.clean(form.note());
        Violations violations = new Violations().require("unitId", form.unitId()).require("status", form.status())
                .maxLength("note", note, CheckIn.NOTE_MAX);
        CommitmentUnit unit = form.unitId() == null ? null : commitment.getUnits().stream()
                .filter(u -> u.getId().equals(form.unitId())).findFirst().orElse(null);
        if (form.unitId() != null) {
            violations.check(unit != null && CommitmentAccess.canCheckIn(commitment, unit, me), "unitId", KEY + "notYourUnit");
        }
        Quarter quarter = checkQuarter(violations, commitment, form);
        if (!live) {
            violations.check(form.value() != null || form.status() == CheckInStatus.DEFERRED, "value", KEY + "valueRequired");
            checkValue(violations, criterion, form.value());
        }
        violations.throwIfAny();
        BigDecimal value = live ? liveValue(commitment, unit, criterion, quarter) : form.value();
        checkIns.saveAndFlush(new CheckIn(criterion.getId(), unit.getId(), quarter.year(), quarter.quarter(), value, live,
                form.status(), note, me.accountId(), me.name(), clock.now()));
        return assembler.details(commitment, me);
    }

    /** The quarters of the commitment's period a check-in may report on today: those that have begun. */
    @Transactional(readOnly = true)
    @PreAuthorize(CommitmentService.READERS)
    public List<Quarter> openQuarters(LocalDate periodFrom, LocalDate periodTo) {
        LocalDate today = clock.today();
        return Quarter.between(periodFrom, periodTo).stream().filter(q -> !q.start().isAfter(today)).toList();
    }

    private Quarter checkQuarter(Violations violations, Commitment commitment, CheckInForm form) {
        violations.require("quarter", form.year() == null ? null : form.quarter());
        if (form.year() == null || form.quarter() == null || form.quarter() < 1 || form.quarter() > 4) {
            return null;
        }
        Quarter quarter = new Quarter(form.year(), form.quarter());
        boolean inPeriod = !quarter.end().isBefore(commitment.getPeriodFrom()) && !quarter.start().isAfter(commitment.getPeriodTo());
        violations.check(inPeriod, "quarter", KEY + "quarterOutsidePeriod")
                .check(!quarter.start().isAfter(clock.today()), "quarter", KEY + "quarterNotBegun");
        return quarter;
    }

    private static void checkValue(Violations violations, Criterion criterion, BigDecimal value) {
        if (value == null) {
            return;
        }
        CommitmentRules.figure(violations, "value", value);
        violations.check(value.signum() >= 0, "value", KEY + "valueNegative");
        if ("%".equals(criterion.getUnit())) {
            violations.check(value.compareTo(HUNDRED) <= 0, "value", KEY + "percentAbove100");
        }
    }

    private BigDecimal liveValue(Commitment commitment, CommitmentUnit unit, Criterion criterion, Quarter quarter) {
        LocalDate from = CommitmentAssembler.latest(quarter.start(), commitment.getPeriodFrom());
        LocalDate to = CommitmentAssembler.earliest(quarter.end(), commitment.getPeriodTo());
        return sources.find(criterion.getSource()).flatMap(source -> source.value(unit.getAgencyId(), from, to)).orElse(null);
    }
}

package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.PciGoal;
import vn.pcitracker.indicator.domain.PciGoalRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/** The province's PCI goals per year. */
@Service
public class PciGoalService {

    /** Who may set and change goals: administrators and the investment department. */
    public static final String MAY_EDIT = "hasAnyRole('ADMIN','INVESTMENT_OFFICER')";

    private final PciGoalRepository goals;
    private final ProvinceRepository provinces;
    private final PciSubIndexRepository subIndices;
    private final PciService pci;

    PciGoalService(PciGoalRepository goals, ProvinceRepository provinces, PciSubIndexRepository subIndices,
                   PciService pci) {
        this.goals = goals;
        this.provinces = provinces;
        this.subIndices = subIndices;
        this.pci = pci;
    }

    /** Every goal of the province, oldest year first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ProvinceGoal> goals(String provinceCode) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return goals.findByProvinceIdAndRetiredAtIsNullOrderByYear(province.getId()).stream()
                .map(goal -> toRecord(province, ordered, goal)).toList();
    }

    /** The goal set for exactly {@code year}; empty when none was set. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<ProvinceGoal> goal(String provinceCode, int year) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return goals.findByProvinceIdAndYearAndRetiredAtIsNull(province.getId(), year).map(goal -> toRecord(province, ordered, goal));
    }

    /**
     * The latest published sub-index scores against the goal worked towards in {@code year}: the goal of that year or,
     * when it sets no sub-index targets, the next later goal that does, else the latest earlier one (a leader compares
     * today's standing with the goal being worked towards). Gap = target − latest score.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public PciGoalGap gapToGoal(String provinceCode, int year) {
        ProvinceHistory history = pci.history(provinceCode);
        List<ProvinceGoal> all = goals(provinceCode);
        Optional<PciYearResult> latest = history.years().stream().filter(PciYearResult::hasSubIndexScores)
                .max(Comparator.comparingInt(PciYearResult::year));
        ProvinceGoal goal = goalFor(all, year).orElse(null);
        List<SubIndexGoalGap> gaps = history.subIndices().stream().map(subIndex -> {
            BigDecimal score = latest.map(result -> result.subIndexScores().get(subIndex.code())).orElse(null);
            BigDecimal target = goal == null ? null : goal.subIndexTargets().get(subIndex.code());
            return new SubIndexGoalGap(subIndex, score, target, score == null || target == null ? null : target.subtract(score));
        }).toList();
        return new PciGoalGap(history, all, latest.map(PciYearResult::year).orElse(null), goal, gaps);
    }

    static Optional<ProvinceGoal> goalFor(List<ProvinceGoal> goals, int year) {
        List<ProvinceGoal> withTargets = goals.stream().filter(goal -> !goal.subIndexTargets().isEmpty()).toList();
        return withTargets.stream().filter(goal -> goal.year() >= year).min(Comparator.comparingInt(ProvinceGoal::year))
                .or(() -> withTargets.stream().max(Comparator.comparingInt(ProvinceGoal::year)));
    }

    /**
     * Creates ({@code form.id()} null) or changes a goal of the province, all or nothing; an edit must carry the
     * version it was read at. A goal an officer saves is not synthetic, unless it was a demo goal already.
     */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public ProvinceGoal save(String provinceCode, PciGoalForm form, Long expectedVersion) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        PciGoal goal = form.id() == null ? null : current(form.id(), expectedVersion);
        Map<Long, BigDecimal> targets = PciGoalRules.check(form, ordered, yearTaken(province, form));
        if (goal == null) {
            goal = new PciGoal(province.getId(), form.year());
        }
        goal.setYear(form.year());
        goal.setTargetComposite(form.targetComposite());
        goal.setTargetRank(form.targetRank());
        goal.setSubIndexTargets(targets);
        goal.setSourceDocument(Violations.clean(form.sourceDocument()));
        goal.setSourceUrl(Violations.clean(form.sourceUrl()));
        goal.setNote(Violations.clean(form.note()));
        return toRecord(province, ordered, goals.saveAndFlush(goal));
    }

    /**
     * Retires a goal read at {@code expectedVersion}: it is no longer the province's goal for its year (another may
     * be set), but its row stays, with who retired it and when (records are never hard-deleted).
     */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public void delete(long id, long expectedVersion) {
        PciGoal goal = current(id, expectedVersion);
        goal.retire(Instant.now(), SecurityContextHolder.getContext().getAuthentication().getName());
        goals.saveAndFlush(goal);
    }

    private boolean yearTaken(Province province, PciGoalForm form) {
        return form.year() != null && goals.findByProvinceIdAndYearAndRetiredAtIsNull(province.getId(), form.year())
                .filter(other -> !other.getId().equals(form.id())).isPresent();
    }

    private PciGoal current(long id, Long expectedVersion) {
        PciGoal goal = goals.findById(id).filter(g -> g.getRetiredAt() == null)
                .orElseThrow(() -> new RecordNotFoundException("PciGoal", id));
        if (expectedVersion == null || goal.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PciGoal.class, id);
        }
        return goal;
    }

    private Province province(String code) {
        return provinces.findByCode(code).orElseThrow(() -> new RecordNotFoundException("Province", code));
    }

    static ProvinceGoal toRecord(Province province, List<PciSubIndex> ordered, PciGoal goal) {
        Map<Long, BigDecimal> byId = goal.getSubIndexTargets();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        ordered.stream().filter(subIndex -> byId.containsKey(subIndex.getId()))
                .forEach(subIndex -> targets.put(subIndex.getCode(), byId.get(subIndex.getId())));
        return new ProvinceGoal(goal.getId(), province.getCode(), goal.getYear(), goal.getTargetComposite(),
                goal.getTargetRank(), Collections.unmodifiableMap(targets), goal.getSourceDocument(),
                goal.getSourceUrl(), goal.getNote(), goal.isSynthetic(), goal.getVersion());
    }
}

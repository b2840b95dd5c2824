package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The province's PCI goals per year. */
@Service
public class PciGoalService {

    private final PciGoalRepository goals;
    private final ProvinceRepository provinces;
    private final PciSubIndexRepository subIndices;

    PciGoalService(PciGoalRepository goals, ProvinceRepository provinces, PciSubIndexRepository subIndices) {
        this.goals = goals;
        this.provinces = provinces;
        this.subIndices = subIndices;
    }

    /** Every goal of the province, oldest year first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ProvinceGoal> goals(String provinceCode) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return goals.findByProvinceIdOrderByYear(province.getId()).stream()
                .map(goal -> toRecord(province, ordered, goal)).toList();
    }

    /** The goal set for exactly {@code year}; empty when none was set. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<ProvinceGoal> goal(String provinceCode, int year) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return goals.findByProvinceIdAndYear(province.getId(), year).map(goal -> toRecord(province, ordered, goal));
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

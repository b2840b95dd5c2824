package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.PciEdition;
import vn.pcitracker.indicator.domain.PciEditionRepository;
import vn.pcitracker.indicator.domain.PciResult;
import vn.pcitracker.indicator.domain.PciResultRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;

/** PCI sub-indices, editions with their weights, and provinces' published results. */
@Service
public class PciService {

    private final PciSubIndexRepository subIndices;
    private final PciEditionRepository editions;
    private final ProvinceRepository provinces;
    private final PciResultRepository results;

    PciService(PciSubIndexRepository subIndices, PciEditionRepository editions, ProvinceRepository provinces,
               PciResultRepository results) {
        this.subIndices = subIndices;
        this.editions = editions;
        this.provinces = provinces;
        this.results = results;
    }

    /** The ten sub-indices in their official order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<SubIndex> subIndices() {
        return subIndices.findAllByOrderByNumber().stream().map(PciService::toSubIndex).toList();
    }

    /** One entry per edition year (and any other year with a result), ordered by year. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public ProvinceHistory history(String provinceCode) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        Map<Integer, PciResult> byYear = results.findByProvinceIdOrderByYear(province.getId()).stream()
                .collect(Collectors.toMap(PciResult::getYear, Function.identity()));
        TreeSet<Integer> years = new TreeSet<>(byYear.keySet());
        editions.findAllByOrderByYear().forEach(edition -> years.add(edition.getYear()));
        List<PciYearResult> history = years.stream().map(year -> {
            PciResult result = byYear.get(year);
            return result == null
                    ? new PciYearResult(year, null, null, null, Map.of())
                    : new PciYearResult(year, result.getComposite(), result.getRank(), result.getSourceUrl(),
                            byCode(ordered, result.getScores()));
        }).toList();
        return new ProvinceHistory(province.getCode(), province.getNameVi(), province.getNameEn(), province.getNote(),
                ordered.stream().map(PciService::toSubIndex).toList(), history);
    }

    /** The edition of {@code year}, whose weights may be empty; empty when there is no such edition. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Optional<EditionWeights> weights(int year) {
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return editions.findByYear(year).map(edition -> new EditionWeights(edition.getYear(),
                byCode(ordered, edition.getWeights()), edition.getNote(), edition.getSourceUrl()));
    }

    /** The composite recomputed from stored scores and the edition's weights, to check against the published one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public CompositeCheck computedComposite(String provinceCode, int year) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        Map<String, BigDecimal> weights = editions.findByYear(year)
                .map(edition -> byCode(ordered, edition.getWeights())).orElse(Map.of());
        Optional<PciResult> result = results.findByProvinceIdAndYear(province.getId(), year);
        Map<String, BigDecimal> scores = result.map(found -> byCode(ordered, found.getScores())).orElse(Map.of());
        return new CompositeCheck(province.getCode(), year, result.map(PciResult::getComposite).orElse(null),
                PciComposite.compute(weights, scores));
    }

    /**
     * Every province with at least one published composite, the given province first and then by name, for
     * comparing composites over the years.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ProvinceComposites> composites(String firstProvinceCode) {
        Map<Long, TreeMap<Integer, BigDecimal>> byProvince = new HashMap<>();
        results.findAll().stream().filter(result -> result.getComposite() != null).forEach(result -> byProvince
                .computeIfAbsent(result.getProvinceId(), id -> new TreeMap<>()).put(result.getYear(), result.getComposite()));
        return provinces.findAll().stream().filter(province -> byProvince.containsKey(province.getId()))
                .sorted(firstThenByName(firstProvinceCode))
                .map(province -> new ProvinceComposites(province.getCode(), province.getNameVi(), province.getNameEn(),
                        Collections.unmodifiableSortedMap(byProvince.get(province.getId()))))
                .toList();
    }

    /**
     * Every stored result of every province, the given province first and then by name, each by year: what the
     * comparison rests on, for the export of the results screen.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ProvinceResult> results(String firstProvinceCode) {
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        Map<Long, Province> byId = provinces.findAll().stream().collect(Collectors.toMap(Province::getId, Function.identity()));
        return results.findAllByOrderByYear().stream()
                .sorted(Comparator.comparing((PciResult result) -> byId.get(result.getProvinceId()),
                        firstThenByName(firstProvinceCode)))
                .map(result -> {
                    Province province = byId.get(result.getProvinceId());
                    return new ProvinceResult(province.getCode(), province.getNameVi(), province.getNameEn(), result.getYear(),
                            result.getComposite(), result.getRank(), byCode(ordered, result.getScores()), result.getSourceUrl());
                }).toList();
    }

    /** For each year of the province's history, the composite its edition's weights give from the stored scores. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public Map<Integer, PciComposite.Result> computedComposites(String provinceCode) {
        Province province = province(provinceCode);
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        Map<Integer, Map<String, BigDecimal>> weights = new HashMap<>();
        editions.findAllByOrderByYear().forEach(edition -> weights.put(edition.getYear(), byCode(ordered, edition.getWeights())));
        Map<Integer, PciComposite.Result> computed = new TreeMap<>();
        results.findByProvinceIdOrderByYear(province.getId()).forEach(result -> computed.put(result.getYear(),
                PciComposite.compute(weights.getOrDefault(result.getYear(), Map.of()), byCode(ordered, result.getScores()))));
        return Collections.unmodifiableMap(computed);
    }

    private static Comparator<Province> firstThenByName(String firstProvinceCode) {
        return Comparator.comparing((Province province) -> !province.getCode().equals(firstProvinceCode))
                .thenComparing(Province::getNameVi);
    }

    private Province province(String code) {
        return provinces.findByCode(code).orElseThrow(() -> new RecordNotFoundException("Province", code));
    }

    static Map<String, BigDecimal> byCode(List<PciSubIndex> ordered, Map<Long, BigDecimal> byId) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        ordered.stream().filter(subIndex -> byId.containsKey(subIndex.getId()))
                .forEach(subIndex -> result.put(subIndex.getCode(), byId.get(subIndex.getId())));
        return Collections.unmodifiableMap(result);
    }

    static SubIndex toSubIndex(PciSubIndex entity) {
        return new SubIndex(entity.getId(), entity.getCode(), entity.getNumber(), entity.getNameVi(),
                entity.getNameEn(), entity.getDescriptionVi(), entity.getDescriptionEn(), entity.getSourceUrl());
    }
}

package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.PciEdition;
import vn.pcitracker.indicator.domain.PciEditionRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/**
 * PCI editions and their official weights. Administrators add editions and enter, change or clear the weights;
 * a composite is only ever computed from weights entered here (or loaded from the reference data), never guessed.
 */
@Service
public class PciEditionService {

    private static final String KEY = "indicator.PciEditionService.";
    private static final int WEIGHT_DECIMALS = 3;

    private final PciEditionRepository editions;
    private final PciSubIndexRepository subIndices;

    PciEditionService(PciEditionRepository editions, PciSubIndexRepository subIndices) {
        this.editions = editions;
        this.subIndices = subIndices;
    }

    /** Every edition, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<EditionSummary> editions() {
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        return editions.findAllByOrderByYear().reversed().stream().map(edition -> toSummary(edition, ordered)).toList();
    }

    /** A new edition, without weights until an administrator enters them. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public EditionSummary addEdition(Integer year, String note, String sourceUrl) {
        String cleanNote = Violations.clean(note);
        String cleanSource = Violations.clean(sourceUrl);
        new Violations()
                .check(PciRules.isYear(year), "year", KEY + "yearRange", PciRules.FIRST_YEAR, PciRules.LAST_YEAR)
                .check(year == null || editions.findByYear(year).isEmpty(), "year", KEY + "yearTaken", year)
                .maxLength("note", cleanNote, PciEdition.NOTE_MAX_LENGTH)
                .maxLength("sourceUrl", cleanSource, PciEdition.SOURCE_MAX_LENGTH)
                .webAddress("sourceUrl", cleanSource)
                .throwIfAny();
        PciEdition edition = new PciEdition(year);
        edition.setNote(cleanNote);
        edition.setSourceUrl(cleanSource);
        return toSummary(editions.saveAndFlush(edition), subIndices.findAllByOrderByNumber());
    }

    /**
     * Replaces the edition's weights, all or nothing: one weight per sub-index, each ≥ 0 with at most three
     * decimals, summing to exactly 100, with the document or address they come from.
     */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public EditionSummary enterWeights(int year, Map<String, BigDecimal> weights, String source, long expectedVersion) {
        List<PciSubIndex> ordered = subIndices.findAllByOrderByNumber();
        String cleanSource = Violations.clean(source);
        Violations violations = new Violations().require("source", cleanSource)
                .maxLength("source", cleanSource, PciEdition.SOURCE_MAX_LENGTH);
        Map<String, PciSubIndex> byCode = new HashMap<>();
        ordered.forEach(subIndex -> byCode.put(subIndex.getCode(), subIndex));
        weights.keySet().stream().filter(code -> !byCode.containsKey(code))
                .forEach(code -> violations.add(code, KEY + "unknownSubIndex", code));
        Map<Long, BigDecimal> byId = new HashMap<>();
        for (PciSubIndex subIndex : ordered) {
            BigDecimal weight = weights.get(subIndex.getCode());
            if (weight == null) {
                violations.add(subIndex.getCode(), "shared.validation.required");
            } else if (!PciRules.within(weight, PciRules.WEIGHT_TOTAL, WEIGHT_DECIMALS)) {
                violations.add(subIndex.getCode(), KEY + "weightRange");
            } else {
                byId.put(subIndex.getId(), weight);
            }
        }
        BigDecimal total = weights.values().stream().filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        violations.check(total.compareTo(PciRules.WEIGHT_TOTAL) == 0, null, KEY + "totalNot100", total.toPlainString())
                .throwIfAny();
        PciEdition edition = current(year, expectedVersion);
        edition.enterWeights(byId, cleanSource);
        return toSummary(editions.saveAndFlush(edition), ordered);
    }

    /** Removes the edition's weights: its composites become "not computable" until weights are entered again. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public EditionSummary clearWeights(int year, long expectedVersion) {
        PciEdition edition = current(year, expectedVersion);
        edition.clearWeights();
        return toSummary(editions.saveAndFlush(edition), subIndices.findAllByOrderByNumber());
    }

    private PciEdition current(int year, long expectedVersion) {
        PciEdition edition = editions.findByYear(year).orElseThrow(() -> new RecordNotFoundException("PciEdition", year));
        if (edition.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PciEdition.class, year);
        }
        return edition;
    }

    private static EditionSummary toSummary(PciEdition edition, List<PciSubIndex> ordered) {
        return new EditionSummary(edition.getYear(), PciService.byCode(ordered, edition.getWeights()),
                edition.getNote(), edition.getSourceUrl(), edition.getWeightsSource(),
                edition.isWeightsEditedLocally(), edition.getVersion());
    }
}

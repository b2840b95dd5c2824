package vn.pcitracker.licensing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;

/** One upsert of checked lines by (legal basis, number), then their links to the lines they became. */
final class ConditionalLineUpsert {

    private final LegalBasisRepository bases;
    private final ConditionalLineRepository lines;
    private final Map<String, LegalBasis> basisByCode = new HashMap<>();

    ConditionalLineUpsert(LegalBasisRepository bases, ConditionalLineRepository lines) {
        this.bases = bases;
        this.lines = lines;
    }

    ImportResult run(List<ConditionalLineDraft> drafts, boolean withNext, ImportProgress progress) {
        bases.findAll().forEach(basis -> basisByCode.put(basis.getCode(), basis));
        int inserted = 0;
        int updated = 0;
        Set<String> unchangedKeys = new HashSet<>();
        List<ImportLink> links = new ArrayList<>();
        for (ConditionalLineDraft draft : drafts) {
            ConditionalLine stored = find(draft.legalBasisCode(), draft.number());
            ConditionalLine target = stored == null
                    ? new ConditionalLine(basisId(draft.legalBasisCode()), draft.number(), draft.nameVi()) : stored;
            boolean changed = apply(draft, target);
            if (stored == null) {
                lines.save(target);
                inserted++;
            } else if (changed) {
                updated++;
            } else {
                unchangedKeys.add(draft.key());
            }
            if (stored == null || changed) {
                links.add(link(draft));
            }
            progress.rowsDone(inserted + updated + unchangedKeys.size(), drafts.size());
        }
        lines.flush();
        int unchanged = unchangedKeys.size();
        if (withNext) {
            Set<String> relinked = linkNextLines(drafts);
            relinked.retainAll(unchangedKeys);
            updated += relinked.size();
            unchanged -= relinked.size();
            drafts.stream().filter(draft -> relinked.contains(draft.key())).forEach(draft -> links.add(link(draft)));
        }
        return ImportResult.imported(inserted, updated, unchanged, links);
    }

    private static boolean apply(ConditionalLineDraft draft, ConditionalLine target) {
        return set(draft.nameVi(), target.getNameVi(), target::setNameVi)
                | set(draft.nameEn(), target.getNameEn(), target::setNameEn)
                | set(draft.managingMinistry(), target.getManagingMinistry(), target::setManagingMinistry)
                | set(draft.validFrom(), target.getValidFrom(), target::setValidFrom)
                | set(draft.validTo(), target.getValidTo(), target::setValidTo)
                | set(draft.nextOutcome(), target.getNextOutcome(), target::setNextOutcome)
                | set(draft.sourceUrl(), target.getSourceUrl(), target::setSourceUrl);
    }

    /**
     * Second pass, once every line of the file is stored: points each line at the line it became (or at none when the
     * cells are empty). Returns the keys of the lines whose next line changed.
     */
    private Set<String> linkNextLines(List<ConditionalLineDraft> drafts) {
        Set<String> changed = new HashSet<>();
        for (ConditionalLineDraft draft : drafts) {
            ConditionalLine line = Objects.requireNonNull(find(draft.legalBasisCode(), draft.number()));
            Long nextId = draft.nextKey() == null ? null
                    : Objects.requireNonNull(find(draft.nextBasisCode(), draft.nextNumber())).getId();
            if (!Objects.equals(nextId, line.getNextLineId())) {
                line.setNextLineId(nextId);
                changed.add(draft.key());
            }
        }
        lines.flush();
        return changed;
    }

    private ConditionalLine find(String basisCode, int number) {
        return lines.findByLegalBasisIdAndNumber(basisId(basisCode), number).orElse(null);
    }

    private long basisId(String code) {
        return basisByCode.get(code).getId();
    }

    /** The catalogue searched for the line's name, where the officer sees what was imported. */
    private static ImportLink link(ConditionalLineDraft draft) {
        return new ImportLink(draft.legalBasisCode() + " · " + draft.number() + " · " + draft.nameVi(),
                "licensing/lines?q=" + URLEncoder.encode(draft.nameVi(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static <T> boolean set(T value, T current, Consumer<T> setter) {
        if (Objects.equals(value, current)) {
            return false;
        }
        setter.accept(value);
        return true;
    }
}

package vn.pcitracker.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.commitment.CommitmentDetails.CheckInEntry;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;

/**
 * Finds what a reviewer should look at twice:
 * <ul>
 * <li>a target at or below the baseline for higher-is-better (at or above for lower-is-better): full marks without
 * improving anything;</li>
 * <li>a unit whose check-ins on a criterion (all of them, superseded ones included) only ever say "done" and none
 * carries evidence: neither a note nor a file.</li>
 * </ul>
 * Files are only looked up for the few criterion-unit pairs that are otherwise suspect.
 */
@Component
class GamingFlags {

    private final AttachmentService attachments;

    GamingFlags(AttachmentService attachments) {
        this.attachments = attachments;
    }

    List<GamingFlag> find(List<CriterionView> criteria, List<CheckInEntry> checkIns) {
        List<GamingFlag> flags = new ArrayList<>();
        for (CriterionView criterion : criteria) {
            if (targetNotBeyondBaseline(criterion)) {
                flags.add(new GamingFlag(GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE, criterion.id(), null));
            }
        }
        Map<List<Long>, List<CheckInEntry>> byPair = checkIns.stream().collect(Collectors.groupingBy(
                entry -> List.of(entry.criterionId(), entry.unitId()), java.util.LinkedHashMap::new, Collectors.toList()));
        byPair.forEach((pair, entries) -> {
            if (doneWithoutEvidence(entries)) {
                flags.add(new GamingFlag(GamingFlag.Kind.DONE_WITHOUT_EVIDENCE, pair.get(0), pair.get(1)));
            }
        });
        return flags;
    }

    static boolean targetNotBeyondBaseline(CriterionView criterion) {
        return criterion.target().compareTo(criterion.baseline()) == 0
                || !criterion.direction().atLeastAsGood(criterion.target(), criterion.baseline());
    }

    private boolean doneWithoutEvidence(List<CheckInEntry> entries) {
        return !entries.isEmpty()
                && entries.stream().allMatch(e -> e.status() == CheckInStatus.DONE && e.note() == null)
                && entries.stream().allMatch(e -> attachments.list(CommitmentAttachmentPolicy.OWNER_TYPE, e.id()).isEmpty());
    }
}
